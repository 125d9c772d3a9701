/** The portal's history pages: the revisions of one record with who, when, why and what changed. */
package org.dictum.web.history;
