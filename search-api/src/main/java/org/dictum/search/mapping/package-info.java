/**
 * How articles and statements are indexed: one programmatic mapping, one binder per indexed
 * aggregate, field names and analyzers as constants.
 */
package org.dictum.search.mapping;
