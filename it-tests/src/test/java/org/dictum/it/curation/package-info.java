/** Curation of statements and articles over the API, and its effect on search. */
package org.dictum.it.curation;
