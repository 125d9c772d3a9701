/** The portal's downloads of a search: exports and discourse networks, for logged-in researchers. */
package org.dictum.web.export;
