/** Versioned schema migrations (Flyway), applied at deployment before anything reads the archive. */
package org.dictum.persistence.migration;
