/** The Imports page: start a bulk import by upload, follow its progress, read its failed records. */
package org.dictum.web.imports;
