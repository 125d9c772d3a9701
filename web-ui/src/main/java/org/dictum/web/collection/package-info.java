/**
 * The portal's collection pages: the list with a form to create one, a collection's page with its
 * members, the search filtered by it, its history and an edit form for librarians, and adding
 * articles and statements to collections from the article page.
 */
package org.dictum.web.collection;
