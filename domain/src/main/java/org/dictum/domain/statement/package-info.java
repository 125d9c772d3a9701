/** Statements: direct quotes and reported speech found in an article, with their provenance. */
package org.dictum.domain.statement;
