/**
 * Several WildFly nodes on one PostgreSQL database and one OpenSearch node, coordinated by Hibernate
 * Search's outbox polling: {@code TwoNodesIT} starts and kills its own server processes
 * ({@code ServerNode}) in the failsafe execution {@code twonodes} (it-tests/pom.xml).
 */
package org.dictum.it.nodes;
