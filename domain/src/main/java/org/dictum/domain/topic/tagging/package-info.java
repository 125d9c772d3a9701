/**
 * Suggesting topics for a text: by the taxonomy's rules (terms per topic), by a classifier learned
 * from tagged articles ({@link org.dictum.domain.topic.learning}), or both.
 */
package org.dictum.domain.topic.tagging;
