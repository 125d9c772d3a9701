package org.dictum.search.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Accumulates statements into a network. It keeps counts per node, per actor and topic (or article)
 * and per time window, never the statements, so its memory grows with actors, topics and windows.
 * Undated statements are left out of a windowed network (they belong to no window).
 */
final class NetworkBuilder {

    /** A count with the dates it covers. */
    private static final class Tally {
        long count;
        LocalDate first;
        LocalDate last;

        void add(LocalDate date) {
            count++;
            widen(date, date);
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
    private final Map<String, StatementFacts.Ref> refs = new HashMap<>();
    private final Map<String, Tally> nodes = new HashMap<>();
    /** window label ("" without windows) → actor id → topic id or article → tally. */
    private final Map<String, Map<String, Map<String, Tally>>> byWindow = new TreeMap<>();
    private final Map<String, LocalDate> windowDays = new HashMap<>();

    NetworkBuilder(NetworkOptions options) {
        this.options = options;
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
                sharedBetweenActors(actors, edge);
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
     * Actor pairs that share topics (or articles) in one window: the weight counts what they share,
     * the statements and dates are those of both actors on what they share.
     */
    private static void sharedBetweenActors(Map<String, Map<String, Tally>> actors, BiConsumer<String[], Tally[]> edge) {
        Map<String, List<String>> actorsOf = new TreeMap<>();
        actors.forEach((actor, targets) -> targets.keySet()
                .forEach(target -> actorsOf.computeIfAbsent(target, t -> new ArrayList<>()).add(actor)));
        Map<String, Tally[]> pairs = new TreeMap<>();
        actorsOf.forEach((target, sharing) -> {
            for (int i = 0; i < sharing.size(); i++) {
                for (int j = i + 1; j < sharing.size(); j++) {
                    String a = sharing.get(i);
                    String b = sharing.get(j);
                    Tally[] pair = pairs.computeIfAbsent(a + "\u0000" + b, k -> new Tally[] {new Tally(), new Tally()});
                    pair[0].count++;
                    for (String actor : new String[] {a, b}) {
                        Tally own = actors.get(actor).get(target);
                        pair[1].count += own.count;
                        pair[1].widen(own.first, own.last);
                    }
                }
            }
        });
        pairs.forEach((key, tally) -> edge.accept(key.split("\u0000"), tally));
    }
}
