package org.dictum.search.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the edges of a network count, statement by statement. */
class NetworkBuilderTest {

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
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, null));
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
                NetworkOptions.ActorRole.ALL, NetworkOptions.Link.ARTICLES, null));
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(PUTIN, BIDEN), List.of(SECURITY)));
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-10"), List.of(BIDEN), List.of()));

        Network.Edge edge = onlyEdge(builder);

        assertThat(edge.weight()).isEqualTo(1);
        assertThat(edge.statements()).isEqualTo(2);
    }

    @Test
    void statements_of_an_actor_on_what_the_other_does_not_share_are_not_part_of_the_edge() {
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_ACTOR,
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, TimeWindow.MONTH));
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
}
