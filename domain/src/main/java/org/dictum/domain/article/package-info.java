/** Articles as archived: the original bytes, the extracted main text, their metadata and source. */
package org.dictum.domain.article;
