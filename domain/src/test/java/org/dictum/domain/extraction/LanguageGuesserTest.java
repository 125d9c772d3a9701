package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = LanguageGuesser.fromResource();

    @Test
    void recognises_english_german_french_spanish() {
        assertThat(guesser.guess("The minister said that the talks with Russia were not over and that it was time to act."))
                .isEqualTo("en");
        assertThat(guesser.guess("Der Minister sagte, dass die Gespräche mit Russland nicht zu Ende sind und dass es auch Zeit wird."))
                .isEqualTo("de");
        assertThat(guesser.guess("Le ministre a dit que les discussions avec la Russie ne sont pas terminées et qu'il est temps pour une réponse."))
                .isEqualTo("fr");
        assertThat(guesser.guess("El ministro dijo que las conversaciones con Rusia no han terminado y que es hora para una respuesta de los aliados."))
                .isEqualTo("es");
    }

    @Test
    void too_little_evidence_gives_no_language() {
        assertThat(guesser.guess("NATO Geneva Ukraine")).isNull();
        assertThat(guesser.guess("")).isNull();
    }
}
