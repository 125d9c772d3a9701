package org.dictum.domain.topic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // examples from Porter's 1980 paper, step by step
            "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
            "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
            "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall",
            "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file", "happy, happi", "sky, sky",
            "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
            "conformabli, conform", "radicalli, radic", "differentli, differ", "vileli, vile", "analogousli, analog",
            "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
            "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
            "sensitiviti, sensit", "sensibiliti, sensibl", "triplicate, triplic", "formative, form",
            "formalize, formal", "electriciti, electr", "electrical, electr", "hopeful, hope", "goodness, good",
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
            "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
            "adjustment, adjust", "dependent, depend", "adoption, adopt", "homologou, homolog",
            "communism, commun", "activate, activ", "angulariti, angular", "homologous, homolog",
            "effective, effect", "bowdlerize, bowdler", "probate, probat", "rate, rate", "cease, ceas",
            "controll, control", "roll, roll",
            // and the news words topic rules rely on
            "elections, elect", "election, elect", "elected, elect", "sanctions, sanction", "tariffs, tariff",
            "negotiations, negoti", "negotiating, negoti"})
    void stems_words_as_porter_defined(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"is", "us", "über", "g7", "Oil"})
    void short_non_ascii_or_mixed_words_are_left_alone(String word) {
        assertThat(stemmer.stem(word)).isEqualTo(word);
    }
}
