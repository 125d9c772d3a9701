/**
 * MicroProfile Health checks, served by WildFly on the management interface: {@code /health/live}
 * and {@code /health/ready} (database reachable, search index readable and not being rebuilt).
 */
package org.dictum.search.health;
