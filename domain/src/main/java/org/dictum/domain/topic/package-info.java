/** The curated topic taxonomy. */
package org.dictum.domain.topic;
