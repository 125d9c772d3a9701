/**
 * Application services: transactions around the domain's use cases, and the records they hand to
 * the REST API and the portal. Entities never leave this package's transactions.
 */
package org.dictum.search.application;
