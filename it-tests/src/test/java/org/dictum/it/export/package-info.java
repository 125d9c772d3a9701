/** Exports of a search, discourse networks and citations, over REST and from the portal. */
package org.dictum.it.export;
