/**
 * Faces beans named after what the user does, and small view models with getters (Faces EL reads
 * properties, not record accessors). Every page is reached by GET, so every state has a URL.
 */
package org.dictum.web.view;
