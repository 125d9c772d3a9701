package org.dictum.search.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What the edges of a network count, statement by statement. */
class NetworkBuilderTest {

    private static final long MAX_EDGES = 100_000;

    private static final StatementFacts.Ref PUTIN = new StatementFacts.Ref("actor-1", "Vladimir Putin", "actor", "PERSON");
    private static final StatementFacts.Ref BIDEN = new StatementFacts.Ref("actor-3", "Joe Biden", "actor", "PERSON");
    private static final StatementFacts.Ref SECURITY = new StatementFacts.Ref("topic-7", "Security", "topic", null);
    private static final StatementFacts.Ref TRADE = new StatementFacts.Ref("topic-8", "Trade", "topic", null);

    private static Network.Edge onlyEdge(NetworkBuilder builder) {
        List<Network.Edge> edges = builder.build().edges();
        assertThat(edges).hasSize(1);
        return edges.get(0);
    }

    @Test
    void a_statement_on_two_shared_topics_counts_once_for_the_actor_actor_edge() {
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_ACTOR,
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, null), MAX_EDGES);
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(PUTIN), List.of(SECURITY, TRADE)));
        builder.add(new StatementFacts(2, LocalDate.parse("2022-02-01"), List.of(BIDEN), List.of(SECURITY, TRADE)));
        builder.add(new StatementFacts(3, LocalDate.parse("2022-03-01"), List.of(BIDEN), List.of(TRADE)));

        Network.Edge edge = onlyEdge(builder);

        assertThat(edge.weight()).isEqualTo(2);
        assertThat(edge.statements()).isEqualTo(3);
        assertThat(edge.first()).isEqualTo(LocalDate.parse("2022-01-09"));
        assertThat(edge.last()).isEqualTo(LocalDate.parse("2022-03-01"));
    }

    @Test
    void a_statement_that_counts_for_both_actors_is_one_statement_of_their_edge() {
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_ACTOR,
                NetworkOptions.ActorRole.ALL, NetworkOptions.Link.ARTICLES, null), MAX_EDGES);
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(PUTIN, BIDEN), List.of(SECURITY)));
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-10"), List.of(BIDEN), List.of()));

        Network.Edge edge = onlyEdge(builder);

        assertThat(edge.weight()).isEqualTo(1);
        assertThat(edge.statements()).isEqualTo(2);
    }

    @Test
    void statements_of_an_actor_on_what_the_other_does_not_share_are_not_part_of_the_edge() {
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_ACTOR,
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, TimeWindow.MONTH), MAX_EDGES);
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(PUTIN), List.of(SECURITY)));
        builder.add(new StatementFacts(2, LocalDate.parse("2022-01-10"), List.of(PUTIN), List.of(TRADE)));
        builder.add(new StatementFacts(3, LocalDate.parse("2022-01-11"), List.of(BIDEN), List.of(SECURITY)));
        builder.add(new StatementFacts(4, LocalDate.parse("2022-02-11"), List.of(BIDEN), List.of(TRADE)));

        Network.Edge edge = onlyEdge(builder);

        assertThat(edge.window()).isEqualTo("2022-01");
        assertThat(edge.weight()).isEqualTo(1);
        assertThat(edge.statements()).isEqualTo(2);
        assertThat(edge.last()).isEqualTo(LocalDate.parse("2022-01-11"));
    }

    @Test
    void an_actor_actor_network_of_as_many_edges_as_the_limit_is_drawn_and_one_more_is_refused() {
        List<StatementFacts> tenActorsOnSecurity = actorsOn(10, SECURITY);

        NetworkBuilder atTheLimit = actorActor(45);
        tenActorsOnSecurity.forEach(atTheLimit::add);
        NetworkBuilder belowIt = actorActor(44);
        tenActorsOnSecurity.forEach(belowIt::add);

        assertThat(atTheLimit.build().edges()).hasSize(10 * 9 / 2).allSatisfy(edge -> {
            assertThat(edge.weight()).isEqualTo(1);
            assertThat(edge.statements()).isEqualTo(2);
        });
        assertThatThrownBy(belowIt::build).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 44 edges (dictum.network.max-edges)");
    }

    /** 2,000 actors on one topic are 1,999,000 pairs: refused after the first 100,001, never all drawn. */
    @Test
    void two_thousand_actors_sharing_a_topic_are_refused_as_an_actor_actor_network_and_drawn_as_an_actor_topic_one() {
        List<StatementFacts> statements = actorsOn(2_000, SECURITY);
        NetworkBuilder actorActor = actorActor(MAX_EDGES);
        statements.forEach(actorActor::add);
        NetworkBuilder actorTopic = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_TOPIC,
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, null), MAX_EDGES);
        statements.forEach(actorTopic::add);

        assertThatThrownBy(actorActor::build).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 100000 edges");
        assertThat(actorTopic.build().edges()).hasSize(2_000).allSatisfy(edge -> assertThat(edge.target()).isEqualTo("topic-7"));
    }

    private static NetworkBuilder actorActor(long maxEdges) {
        return new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_ACTOR, NetworkOptions.ActorRole.SPEAKER,
                NetworkOptions.Link.TOPICS, null), maxEdges);
    }

    /** One statement by each of {@code count} actors on the topic, in its own article. */
    private static List<StatementFacts> actorsOn(int count, StatementFacts.Ref topic) {
        List<StatementFacts> statements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StatementFacts.Ref actor = new StatementFacts.Ref("actor-" + (100 + i), "Actor " + i, "actor", "PERSON");
            statements.add(new StatementFacts(i, LocalDate.parse("2022-01-09"), List.of(actor), List.of(topic)));
        }
        return statements;
    }
}
