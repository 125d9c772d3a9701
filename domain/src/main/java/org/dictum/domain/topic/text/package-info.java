/**
 * Text analysis shared by topic rules and the topic classifier: tokenisation, English stopwords
 * and the Porter stemmer.
 */
package org.dictum.domain.topic.text;
