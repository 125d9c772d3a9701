/** The actor authority: people, organisations, countries and typed anonymous sources. */
package org.dictum.domain.actor;
