/** Search and the REST API: the index mapping, query services and JAX-RS resources. */
package org.dictum.search;
