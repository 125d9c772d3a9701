/** The portal's curation forms: librarians verify, correct, reject and add statements, withdraw and restore articles. */
package org.dictum.web.curation;
