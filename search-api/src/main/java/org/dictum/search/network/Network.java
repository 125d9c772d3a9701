package org.dictum.search.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A discourse network, ready to write: nodes and (undirected) edges with their attributes. In a
 * windowed network one edge per pair and time window, each naming its window; nodes span all windows.
 */
public record Network(NetworkOptions options, List<Node> nodes, List<Edge> edges) {

    /**
     * @param id         {@code actor-<id>} or {@code topic-<id>}: stable across exports
     * @param kind       {@code actor} or {@code topic}
     * @param actorType  the actor's type (PERSON, ORGANISATION, ...), null for topics
     * @param statements how many of the search's statements involve the node
     * @param first      date of its earliest dated statement, null if none is dated
     */
    public record Node(String id, String label, String kind, String actorType, long statements, LocalDate first,
                       LocalDate last) {
    }

    /**
     * @param weight     actor–topic: statements; actor–actor: shared topics or shared articles
     * @param statements how many statements make up the edge, each counted once
     * @param window     the time slice ({@code 2022-01}), null in a network without windows
     * @param start      first day of the window, null without
     * @param end        last day of the window (inclusive), null without
     * @param first      date of the edge's earliest dated statement, null if none is dated
     */
    public record Edge(String source, String target, long weight, long statements, String window, LocalDate start,
                       LocalDate end, LocalDate first, LocalDate last) {
    }
}
