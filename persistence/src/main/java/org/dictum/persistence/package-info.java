/** JPA implementations of the domain's repositories, all on the {@code dictum} persistence unit. */
package org.dictum.persistence;
