package org.dictum.search.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.dictum.domain.InvalidInputException;

/**
 * Accumulates statements into a network. It keeps counts per node, per actor and topic (or article)
 * and per time window, so its memory grows with actors, topics and windows; an actor–actor network also
 * keeps, per statement, only the ids of its actors and topics (or article) and its date, since which
 * statements make up an edge is known only once every statement is read.
 * Undated statements are left out of a windowed network (they belong to no window).
 * <p>
 * An actor–actor network links every two actors that share a topic (or article): n actors on one topic are
 * n(n-1)/2 edges, so it is refused once it reaches more than {@code maxActorPairs} edges (all windows together), as
 * soon as the pairs drawn so far exceed that number: neither time nor memory then grows with the square of the
 * actors. An actor–topic network has at most one edge per actor and topic a statement names, and is not limited.
 */
final class NetworkBuilder {

    /** A count with the dates it covers. */
    private static final class Tally {
        long count;
        LocalDate first;
        LocalDate last;
        private int lastStatement = -1;

        void add(LocalDate date) {
            count++;
            widen(date, date);
        }

        /** Counts statement number {@code statement} unless it was the last one counted (statements come in order). */
        void addOnce(int statement, LocalDate date) {
            if (statement != lastStatement) {
                lastStatement = statement;
                add(date);
            }
        }

        void widen(LocalDate from, LocalDate to) {
            if (from != null && (first == null || from.isBefore(first))) {
                first = from;
            }
            if (to != null && (last == null || to.isAfter(last))) {
                last = to;
            }
        }
    }

    private final NetworkOptions options;
    private final long maxActorPairs;
    /** The actor–actor edges drawn so far, in all windows. */
    private long actorPairs;
    private final Map<String, StatementFacts.Ref> refs = new HashMap<>();
    private final Map<String, Tally> nodes = new HashMap<>();
    /** window label ("" without windows) → actor id → topic id or article → tally. */
    private final Map<String, Map<String, Map<String, Tally>>> byWindow = new TreeMap<>();
    private final Map<String, LocalDate> windowDays = new HashMap<>();
    /** actor–actor only: window label → its statements' actors and what they link by. */
    private final Map<String, List<Linking>> linkingByWindow = new HashMap<>();
    /** One instance per id, so that the statements kept for actor–actor networks share their strings. */
    private final Map<String, String> ids = new HashMap<>();

    /** What an actor–actor network keeps of a statement: its date, its actors and topics (or article). */
    private record Linking(LocalDate date, String[] actors, String[] targets) {
    }

    /** @param maxActorPairs the most edges an actor–actor network may have ({@code dictum.network.max-edges}) */
    NetworkBuilder(NetworkOptions options, long maxActorPairs) {
        this.options = options;
        this.maxActorPairs = maxActorPairs;
    }

    void add(StatementFacts statement) {
        TimeWindow window = options.window();
        if (window != null && statement.date() == null) {
            return;
        }
        String slice = window == null ? "" : window.label(statement.date());
        if (window != null) {
            windowDays.putIfAbsent(slice, statement.date());
        }
        boolean byArticle = options.kind() == NetworkKind.ACTOR_ACTOR && options.link() == NetworkOptions.Link.ARTICLES;
        if (options.kind() == NetworkKind.ACTOR_ACTOR && !statement.actors().isEmpty()) {
            String[] targets = byArticle ? new String[] {"article-" + statement.articleId()}
                    : statement.topics().stream().map(StatementFacts.Ref::id).toArray(String[]::new);
            String[] actors = statement.actors().stream().map(StatementFacts.Ref::id).toArray(String[]::new);
            if (targets.length > 0) {
                linkingByWindow.computeIfAbsent(slice, s -> new ArrayList<>())
                        .add(new Linking(statement.date(), interned(actors), interned(targets)));
            }
        }
        for (StatementFacts.Ref actor : statement.actors()) {
            count(actor, statement.date());
            Map<String, Tally> targets = byWindow.computeIfAbsent(slice, s -> new TreeMap<>())
                    .computeIfAbsent(actor.id(), a -> new TreeMap<>());
            if (byArticle) {
                targets.computeIfAbsent("article-" + statement.articleId(), t -> new Tally()).add(statement.date());
            } else {
                for (StatementFacts.Ref topic : statement.topics()) {
                    targets.computeIfAbsent(topic.id(), t -> new Tally()).add(statement.date());
                }
            }
        }
        if (options.kind() == NetworkKind.ACTOR_TOPIC && !statement.actors().isEmpty()) {
            statement.topics().forEach(topic -> count(topic, statement.date()));
        }
    }

    private String[] interned(String[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = ids.computeIfAbsent(values[i], id -> id);
        }
        return values;
    }

    private void count(StatementFacts.Ref ref, LocalDate date) {
        refs.putIfAbsent(ref.id(), ref);
        nodes.computeIfAbsent(ref.id(), id -> new Tally()).add(date);
    }

    Network build() {
        List<Network.Edge> edges = new ArrayList<>();
        byWindow.forEach((slice, actors) -> {
            LocalDate day = windowDays.get(slice);
            TimeWindow window = options.window();
            BiConsumer<String[], Tally[]> edge = (ends, tally) -> edges.add(new Network.Edge(ends[0], ends[1],
                    tally[0].count, tally[1].count, window == null ? null : slice,
                    window == null ? null : window.start(day), window == null ? null : window.end(day),
                    tally[1].first, tally[1].last));
            if (options.kind() == NetworkKind.ACTOR_TOPIC) {
                actors.forEach((actor, topics) -> topics.forEach((topic, tally) ->
                        edge.accept(new String[] {actor, topic}, new Tally[] {tally, tally})));
            } else {
                sharedBetweenActors(actors, linkingByWindow.getOrDefault(slice, List.of()), edge);
            }
        });
        List<Network.Node> nodeList = new ArrayList<>();
        nodes.forEach((id, tally) -> {
            StatementFacts.Ref ref = refs.get(id);
            nodeList.add(new Network.Node(id, ref.label(), ref.kind(), ref.actorType(), tally.count, tally.first, tally.last));
        });
        nodeList.sort(Comparator.comparing(Network.Node::kind).thenComparing(Network.Node::label)
                .thenComparing(Network.Node::id));
        if (options.kind() == NetworkKind.ACTOR_ACTOR) {
            nodeList.removeIf(node -> !node.kind().equals("actor"));
        }
        return new Network(options, List.copyOf(nodeList), List.copyOf(edges));
    }

    /**
     * Actor pairs that share topics (or articles) in one window: the weight counts what they share; the
     * statements are those of either actor on something they share, each counted once (a statement on two
     * shared topics, or one that counts for both actors, is one statement), with their dates. Every pair is drawn
     * while the targets are read, before the statements: the limit refuses a network there.
     */
    private void sharedBetweenActors(Map<String, Map<String, Tally>> actors, List<Linking> statements,
                                     BiConsumer<String[], Tally[]> edge) {
        Map<String, List<String>> actorsOf = new HashMap<>();
        actors.forEach((actor, targets) -> targets.keySet()
                .forEach(target -> actorsOf.computeIfAbsent(target, t -> new ArrayList<>()).add(actor)));
        // first actor → second actor (in id order) → {shared targets, statements}; hashed, as every statement looks
        // up its actors' pairs, and sorted once at the end
        Map<String, Map<String, Tally[]>> pairs = new HashMap<>();
        actorsOf.forEach((target, sharing) -> {
            for (int i = 0; i < sharing.size(); i++) {
                for (int j = i + 1; j < sharing.size(); j++) {
                    pair(pairs, sharing.get(i), sharing.get(j))[0].count++;
                }
            }
        });
        for (int number = 0; number < statements.size(); number++) {
            Linking statement = statements.get(number);
            for (String actor : statement.actors()) {
                for (String target : statement.targets()) {
                    for (String other : actorsOf.get(target)) {
                        if (!other.equals(actor)) {
                            pair(pairs, actor, other)[1].addOnce(number, statement.date());
                        }
                    }
                }
            }
        }
        new TreeMap<>(pairs).forEach((first, seconds) -> new TreeMap<>(seconds)
                .forEach((second, tally) -> edge.accept(new String[] {first, second}, tally)));
    }

    /** The pair's tallies; a new pair counts against the limit. */
    private Tally[] pair(Map<String, Map<String, Tally[]>> pairs, String one, String other) {
        boolean ordered = one.compareTo(other) < 0;
        return pairs.computeIfAbsent(ordered ? one : other, a -> new HashMap<>())
                .computeIfAbsent(ordered ? other : one, b -> {
                    if (++actorPairs > maxActorPairs) {
                        throw new InvalidInputException("q", "The actor–actor network of the search has more than "
                                + maxActorPairs + " edges (dictum.network.max-edges): narrow it with a query, filters or"
                                + " dates, or draw the actor–topic network, which has an edge per actor and topic rather"
                                + " than per pair of actors");
                    }
                    return new Tally[] {new Tally(), new Tally()};
                });
    }
}
