/** Administrators' portal pages beyond users: the search index and its mass reindex. */
package org.dictum.web.admin;
