/**
 * Integration tests: the real {@code dictum.war} on a managed WildFly (Arquillian), run twice by
 * failsafe, on the embedded H2 database and on PostgreSQL ({@link org.dictum.it.ItDatabase}).
 * Client-side tests extend {@link org.dictum.it.ClientSideIntegrationTest}; REST calls go through
 * {@link org.dictum.it.DictumRest}; server addresses come from {@link org.dictum.it.ItServer}.
 */
package org.dictum.it;
