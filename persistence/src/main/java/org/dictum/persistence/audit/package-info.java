/**
 * The audit trail's plumbing: the Envers revision entity that records who changed the archive, when
 * and why, and the request-scoped attribution that supplies the who and the why.
 */
package org.dictum.persistence.audit;
