/** The history of records: audit revisions over REST and in the portal, the audit export, optimistic locking. */
package org.dictum.it.history;
