/**
 * Readers of import sources, one per format, each yielding the source's records in a fixed order
 * with a 1-based number and a locator, so that an import can resume after its last stored record.
 * Plain Java: no container, no database.
 */
package org.dictum.search.imports.source;
