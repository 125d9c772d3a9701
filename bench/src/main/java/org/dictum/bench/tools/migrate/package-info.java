/**
 * {@code ./dictum migrate-db}: copies a whole archive from one database to another (an H2 file to
 * PostgreSQL, typically), every table in foreign-key order with its sequences, and verifies the
 * row counts. See docs/DEPLOYMENT.md, "Moving an H2 archive to PostgreSQL".
 */
package org.dictum.bench.tools.migrate;
