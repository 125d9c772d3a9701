/**
 * The audit trail's plumbing: the Envers revision entity that records who changed the archive, when
 * and why, the request-scoped attribution that supplies the who and the why, and the audit trail's
 * queries: revisions by number and time ({@code AuditRevisions}), and the Envers queries of the audited
 * records' changes and snapshots ({@code AuditTrail}), which search-api's record history and audit log read.
 */
package org.dictum.persistence.audit;
