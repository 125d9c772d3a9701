package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private static final String GERMAN = "Die Gespräche in Genf sind am Montag ohne Einigung zu Ende gegangen, sagten"
            + " Vertreter beider Delegationen nach sieben Stunden. Russland wiederholte seine Forderung nach Garantien,"
            + " dass die NATO sich nicht weiter nach Osten ausdehnt. Beide Seiten wollen nun ihren Regierungen berichten"
            + " und sich wieder treffen, auch wenn noch kein Termin für eine neue Runde feststeht. Die Vereinigten"
            + " Staaten nannten die Forderung unannehmbar, zeigten sich aber offen für Gespräche über Manöver.";

    private final LanguageDetection detection = new LanguageDetection(LanguageGuesser.fromResource());

    @Test
    void undeclared_language_is_detected_from_the_text() {
        assertThat(detection.decide(null, GERMAN)).isEqualTo(new Sourced<>("de", "detected"));
    }

    @Test
    void declared_language_stands_when_the_text_agrees_or_is_too_short_to_tell() {
        Sourced<String> declared = new Sourced<>("de", "html-lang");
        assertThat(detection.decide(declared, GERMAN)).isSameAs(declared);
        Sourced<String> english = new Sourced<>("en", "html-lang");
        assertThat(detection.decide(english, "Die Gespräche sind zu Ende.")).isSameAs(english);
    }

    @Test
    void a_long_text_clearly_in_another_language_overrules_the_template_declaration() {
        assertThat(detection.decide(new Sourced<>("en", "html-lang"), GERMAN)).isEqualTo(new Sourced<>("de", "detected"));
    }

    @Test
    void nothing_to_go_on_gives_no_language() {
        assertThat(detection.decide(null, "")).isNull();
        assertThat(detection.decide(null, "NATO 2022")).isNull();
    }

    @Test
    void language_tags_and_locales_are_reduced_to_their_primary_language() {
        assertThat(LanguageDetection.primaryLanguage("en-GB")).isEqualTo("en");
        assertThat(LanguageDetection.primaryLanguage("pt_BR")).isEqualTo("pt");
        assertThat(LanguageDetection.primaryLanguage("x")).isNull();
    }
}
