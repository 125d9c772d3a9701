/** Bulk imports over REST: every format, exact counts, failures, duplicates; and a real crash in the middle of one. */
package org.dictum.it.imports;
