package org.dictum.search.network;

import java.util.List;
import java.util.function.Function;

/**
 * One typed attribute of nodes or edges, as every format declares it.
 *
 * @param type GraphML {@code attr.type} and GEXF attribute type: {@code string}, {@code long} or {@code date}
 *             (a date is an ISO 8601 string in GraphML and CSV, which have no date type)
 */
record NetworkAttribute<T>(String name, String type, Function<T, Object> value) {

    static final List<NetworkAttribute<Network.Node>> NODE = List.of(
            new NetworkAttribute<>("kind", "string", Network.Node::kind),
            new NetworkAttribute<>("actorType", "string", Network.Node::actorType),
            new NetworkAttribute<>("statements", "long", Network.Node::statements),
            new NetworkAttribute<>("first", "date", Network.Node::first),
            new NetworkAttribute<>("last", "date", Network.Node::last));

    static final List<NetworkAttribute<Network.Edge>> EDGE = List.of(
            new NetworkAttribute<>("statements", "long", Network.Edge::statements),
            new NetworkAttribute<>("window", "string", Network.Edge::window),
            new NetworkAttribute<>("start", "date", Network.Edge::start),
            new NetworkAttribute<>("end", "date", Network.Edge::end),
            new NetworkAttribute<>("first", "date", Network.Edge::first),
            new NetworkAttribute<>("last", "date", Network.Edge::last));
}
