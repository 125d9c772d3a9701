/** Evaluation of topic tagging on Reuters-21578 (ModApte split). */
package org.dictum.bench.topics;
