/** ITs of saved searches: saving, privacy, freezing, reproducible frozen results, citations. */
package org.dictum.it.saved;
