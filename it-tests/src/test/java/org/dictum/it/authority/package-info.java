/** The actor authority and the topic taxonomy over REST, and their effect on search and facets at once. */
package org.dictum.it.authority;
