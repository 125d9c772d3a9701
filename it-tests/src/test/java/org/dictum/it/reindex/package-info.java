/** The mass reindex over REST: searches during a run, counts after it, one run at a time, cancelling, access. */
package org.dictum.it.reindex;
