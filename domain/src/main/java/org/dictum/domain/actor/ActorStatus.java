package org.dictum.domain.actor;

/**
 * Whether librarians stand behind an actor. The curated gazetteer's actors are confirmed; people, organisations
 * and anonymous sources that extraction finds on its own are proposed until a librarian confirms them.
 */
public enum ActorStatus {
    CONFIRMED,
    PROPOSED
}
