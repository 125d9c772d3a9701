package org.dictum.search.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dictum.persistence.oai.ChangePosition;
import org.junit.jupiter.api.Test;

class ResumptionTokenTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private static void assertBad(String token) {
        assertThatThrownBy(() -> ResumptionToken.decode(token, NOW))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.error()).isEqualTo(OaiError.BAD_RESUMPTION_TOKEN));
    }

    @Test
    void a_token_round_trips_to_microseconds() {
        ResumptionToken token = new ResumptionToken("oai_dc", "topic:arms-control", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-05-01T11:59:59.123456Z"), new ChangePosition(Instant.parse("2024-03-02T01:02:03.000789Z"), 42),
                100, 250, NOW.plusSeconds(3600));
        String encoded = token.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(ResumptionToken.decode(encoded, NOW)).isEqualTo(token);
    }

    @Test
    void a_token_without_set_or_from_round_trips() {
        ResumptionToken token = new ResumptionToken("oai_dc", null, null, NOW, new ChangePosition(NOW.minusSeconds(5), 7), 1, 2, NOW);
        assertThat(ResumptionToken.decode(token.encode(), NOW)).isEqualTo(token);
    }

    @Test
    void expired_tampered_and_foreign_tokens_are_bad() {
        ResumptionToken expired = new ResumptionToken("oai_dc", null, null, NOW, new ChangePosition(NOW, 1), 1, 2, NOW.minusSeconds(1));
        assertBad(expired.encode());
        assertBad("not a token!");
        assertBad("");
        assertBad(new SetsToken("topic:x", 3, NOW.plusSeconds(60)).encode());
        ResumptionToken inconsistent = new ResumptionToken("oai_dc", null, null, NOW, new ChangePosition(NOW, 1), 5, 2, NOW.plusSeconds(60));
        assertBad(inconsistent.encode());
    }

    @Test
    void sets_tokens_round_trip_and_refuse_records_tokens() {
        SetsToken token = new SetsToken("source:the-independent", 100, NOW.plusSeconds(60));
        SetsToken decoded = SetsToken.decode(token.encode(), NOW);
        assertThat(decoded).isEqualTo(token);
        assertThat(decoded.kind()).isEqualTo("source");
        assertThat(decoded.key()).isEqualTo("the-independent");
        String recordsToken = new ResumptionToken("oai_dc", null, null, NOW, new ChangePosition(NOW, 1), 1, 2, NOW.plusSeconds(60)).encode();
        assertThatThrownBy(() -> SetsToken.decode(recordsToken, NOW)).isInstanceOf(OaiException.class);
    }
}
