package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.statement.Statement;
import org.dictum.search.mapping.SearchFields;
import org.junit.jupiter.api.Test;

/** A statement hit shown from the fields its index document stores, read by field name. */
class StatementHitTest {

    private static Map<String, String> storedCard() {
        Map<String, String> values = new HashMap<>();
        values.put(SearchFields.CONTEXT_BEFORE, "The talks began.");
        values.put(SearchFields.CONTEXT_AFTER, "Nothing was agreed.");
        values.put(SearchFields.ARTICLE_TITLE, "Talks in Geneva");
        values.put(SearchFields.ARTICLE_SOURCE, "Reuters");
        values.put(SearchFields.ARTICLE_PUBLISHED_AT, "2022-01-10T08:30:00Z");
        values.put(SearchFields.HIT_KIND, "DIRECT");
        values.put(SearchFields.HIT_CUE, "said");
        values.put(SearchFields.HIT_SPEAKER_MENTION, "a senior U.S. official");
        values.put(SearchFields.HIT_SPEAKER, "Senior U.S. official");
        values.put(SearchFields.HIT_SPEAKER_TYPE, "ANONYMOUS_SOURCE");
        values.put(SearchFields.HIT_STATEMENT_DATE, "2022-01-08");
        values.put(SearchFields.HIT_DATE_INFERRED, "false");
        values.put(SearchFields.HIT_STATUS, "VERIFIED");
        values.put(SearchFields.HIT_ARTICLE_ID, "17");
        return values;
    }

    private static List<String> inStoredOrder(Map<String, String> values) {
        List<String> stored = new ArrayList<>();
        StatementHit.STORED_FIELDS.forEach(field -> stored.add(values.get(field)));
        return stored;
    }

    @Test
    void a_hit_without_its_entity_is_shown_from_every_stored_field() {
        Hit<Statement> hit = new Hit<>(42, null, List.of("<mark>missiles</mark> moved"), inStoredOrder(storedCard()),
                "missiles moved");

        assertThat(StatementHit.of(hit)).isEqualTo(new StatementHit(42, "missiles moved", "<mark>missiles</mark> moved",
                "DIRECT", "said", "a senior U.S. official", "Senior U.S. official", "ANONYMOUS_SOURCE",
                LocalDate.of(2022, 1, 8), false, "VERIFIED", "The talks began.", "Nothing was agreed.",
                new ArticleSummary(17, "Talks in Geneva", "Reuters", Instant.parse("2022-01-10T08:30:00Z"))));
    }

    @Test
    void optional_values_missing_from_the_document_stay_empty() {
        Map<String, String> values = storedCard();
        values.remove(SearchFields.HIT_CUE);
        values.remove(SearchFields.HIT_SPEAKER_MENTION);
        values.remove(SearchFields.HIT_SPEAKER);
        values.remove(SearchFields.HIT_SPEAKER_TYPE);
        values.remove(SearchFields.HIT_STATEMENT_DATE);
        values.remove(SearchFields.ARTICLE_PUBLISHED_AT);
        values.put(SearchFields.HIT_DATE_INFERRED, "true");

        StatementHit shown = StatementHit.of(new Hit<>(42, null, List.of(), inStoredOrder(values), "text"));

        assertThat(shown.cue()).isNull();
        assertThat(shown.speaker()).isNull();
        assertThat(shown.speakerActor()).isNull();
        assertThat(shown.speakerActorType()).isNull();
        assertThat(shown.statementDate()).isNull();
        assertThat(shown.statementDateInferred()).isTrue();
        assertThat(shown.highlight()).isNull();
        assertThat(shown.article().publishedAt()).isNull();
        assertThat(StatementHit.FROM_INDEX.date(inStoredOrder(values))).isNull();
    }

    @Test
    void only_documents_indexed_with_the_statement_fields_and_context_are_shown_from_the_index() {
        assertThat(StatementHit.FROM_INDEX.complete(inStoredOrder(storedCard()))).isTrue();
        assertThat(StatementHit.FROM_INDEX.date(inStoredOrder(storedCard()))).isEqualTo(LocalDate.of(2022, 1, 8));

        Map<String, String> beforeTheFields = storedCard();
        beforeTheFields.remove(SearchFields.HIT_STATUS);
        assertThat(StatementHit.FROM_INDEX.complete(inStoredOrder(beforeTheFields))).isFalse();

        Map<String, String> withoutContext = storedCard();
        withoutContext.remove(SearchFields.CONTEXT_AFTER);
        assertThat(StatementHit.FROM_INDEX.complete(inStoredOrder(withoutContext))).isFalse();
        assertThat(StatementHit.FROM_INDEX.complete(List.of())).isFalse();
    }
}
