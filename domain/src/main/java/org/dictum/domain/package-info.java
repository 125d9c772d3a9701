/**
 * The Dictum domain: articles, the statements in them, the actors who make and are named in them,
 * and the topics they are about. Plain Java plus Jakarta Persistence annotations; no container.
 */
package org.dictum.domain;
