/**
 * The audit trail's plumbing: the Envers revision entity that records who changed the archive, when
 * and why, the request-scoped attribution that supplies the who and the why, and the
 * query of revisions by number and time ({@code AuditRevisions}).
 */
package org.dictum.persistence.audit;
