/**
 * The curated topic taxonomy: {@link org.dictum.domain.topic.Topic} (a SKOS concept with code,
 * labels, scope note, broader topic and match terms) and its repository. Sub-packages: {@code skos}
 * (Turtle import and export, starter taxonomy), {@code tagging} (rule-based and combined taggers),
 * {@code learning} (the classifier learned from tagged texts) and {@code text} (analysis).
 */
package org.dictum.domain.topic;
