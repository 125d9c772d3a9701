/**
 * Actor recognition measured against Reuters-21578's places, people and orgs, with the mapping from Reuters codes
 * to the gazetteer's canonical names as data ({@link org.dictum.bench.actors.ActorEvaluation}, name {@code actors}).
 */
package org.dictum.bench.actors;
