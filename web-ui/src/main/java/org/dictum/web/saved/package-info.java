/**
 * Portal views of saved searches: "Save this search" on the search page, the user's "My searches"
 * page, and the public page of a frozen search (its permalink), plus the API reference page.
 */
package org.dictum.web.saved;
