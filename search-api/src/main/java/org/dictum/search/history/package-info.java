/**
 * The history of audited records, read from Envers: revisions of one record newest first, and the
 * whole audit log for export, each revision with its user, time, reason and field-by-field changes.
 */
package org.dictum.search.history;
