package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

class StatementPatchTest {

    private static final Actor LAVROV = new Actor("Sergey Lavrov", ActorType.PERSON);
    private static final Actor NATO = new Actor("NATO", ActorType.ORGANIZATION);
    private static final Topic DIPLOMACY = new Topic("Diplomacy");
    private static final Topic DEFENCE = new Topic("Defence");
    private static final StatementCorrection CURRENT = new StatementCorrection("the minister", LAVROV, "said",
            new TextSpan(0, 17), LocalDate.of(2022, 1, 9), Set.of(NATO), Set.of(DIPLOMACY));

    private static final BiFunction<String, String, Actor> ACTORS = (field, name) -> {
        Actor actor = Map.of("Sergey Lavrov", LAVROV, "NATO", NATO).get(name);
        if (actor == null) {
            throw new InvalidInputException(field, "No actor is named " + name);
        }
        return actor;
    };
    private static final Function<String, Topic> TOPICS = label -> {
        Topic topic = Map.of("Diplomacy", DIPLOMACY, "Defence", DEFENCE).get(label);
        if (topic == null) {
            throw new InvalidInputException("topics", "No topic is labelled " + label);
        }
        return topic;
    };

    @Test
    void absent_members_keep_and_null_members_clear() {
        StatementCorrection after = StatementPatch.parse("{\"cue\":null,\"speaker\":\"Mr. Lavrov\",\"mentionedActors\":[]}")
                .applyTo(CURRENT, ACTORS, TOPICS);

        assertThat(after.cue()).isNull();
        assertThat(after.speakerMention()).isEqualTo("Mr. Lavrov");
        assertThat(after.mentionedActors()).isEmpty();
        assertThat(after.speaker()).isEqualTo(LAVROV);
        assertThat(after.span()).isEqualTo(new TextSpan(0, 17));
        assertThat(after.statementDate()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(after.topics()).containsExactly(DIPLOMACY);
    }

    @Test
    void topics_are_replaced_by_the_labels_given_and_unknown_labels_refused() {
        StatementCorrection after = StatementPatch.parse("{\"topics\":[\"Defence\"]}").applyTo(CURRENT, ACTORS, TOPICS);

        assertThat(after.topics()).containsExactly(DEFENCE);
        assertThat(StatementPatch.parse("{\"topics\":[]}").applyTo(CURRENT, ACTORS, TOPICS).topics()).isEmpty();
        assertThatThrownBy(() -> StatementPatch.parse("{\"topics\":[\"Weather\"]}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("topics"));
    }

    @Test
    void span_date_and_actor_are_read_and_checked() {
        StatementCorrection after = StatementPatch.parse("{\"start\":3,\"end\":9,\"statementDate\":\"2022-01-08\","
                + "\"speakerActor\":\"NATO\",\"version\":4,\"reason\":\"r\"}").applyTo(CURRENT, ACTORS, TOPICS);

        assertThat(after.span()).isEqualTo(new TextSpan(3, 9));
        assertThat(after.statementDate()).isEqualTo(LocalDate.of(2022, 1, 8));
        assertThat(after.speaker()).isEqualTo(NATO);
        assertThat(StatementPatch.parse("{\"version\":4}").version()).hasValue(4);
        assertThat(StatementPatch.parse("{\"reason\":\" because \"}").reason()).contains("because");
    }

    @Test
    void bad_members_are_refused_naming_the_field() {
        assertThatThrownBy(() -> StatementPatch.parse("{\"content\":\"x\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> StatementPatch.parse("{\"start\":\"3\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> StatementPatch.parse("{\"topics\":[1]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("topics"));
        assertThatThrownBy(() -> StatementPatch.parse("[]")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> StatementPatch.parse("{\"start\":9,\"end\":9}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> StatementPatch.parse("{\"start\":-1}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> StatementPatch.parse("{\"speakerActor\":\"Nobody\"}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("speakerActor"))
                .hasMessageContaining("Nobody");
        assertThatThrownBy(() -> StatementPatch.parse("{\"mentionedActors\":[\"NATO\",\"Nobody\"]}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mentionedActors"));
    }

    @Test
    void an_implausible_statement_date_is_refused_naming_it() {
        assertThatThrownBy(() -> StatementPatch.parse("{\"statementDate\":\"0001-01-01\"}").applyTo(CURRENT, ACTORS, TOPICS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the dates the archive accepts: 1600-01-01 to")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("statementDate");
    }
}
