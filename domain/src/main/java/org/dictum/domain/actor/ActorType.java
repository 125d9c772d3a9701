package org.dictum.domain.actor;

/** What kind of entity an actor is. Anonymous sources are typed, never dropped. */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    ANONYMOUS_SOURCE,
    OTHER
}
