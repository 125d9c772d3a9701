package org.dictum.domain.extraction;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Decides a document's language from what it declares and what its main text reads like. Detection is Tika's
 * Optimaize n-gram detector (its profiles load once per JVM, when the class is first used; a detector per call is
 * cheap and keeps this class thread-safe), with {@link LanguageGuesser}'s function-word count as the fallback when
 * Optimaize is unsure. A declared language stands unless a long text is detected, with high confidence, as another
 * language (templates often declare their site's default language).
 */
final class LanguageDetection {

    /** Optimaize's answers below this probability are not taken. */
    static final double MIN_PROBABILITY = 0.9;
    /** A declaration is overruled only by detection on at least this much text. */
    static final int MIN_CHARS_TO_OVERRULE = 400;
    /** Detection reads at most this much text: more does not change the answer, only the time. */
    private static final int MAX_CHARS = 5000;

    private final LanguageGuesser stopwords;

    LanguageDetection(LanguageGuesser stopwords) {
        this.stopwords = stopwords;
    }

    /** The language to record: the declared one, the detected one, or null when neither is known. */
    Sourced<String> decide(Sourced<String> declared, String mainText) {
        String text = mainText.length() > MAX_CHARS ? mainText.substring(0, MAX_CHARS) : mainText;
        LanguageResult detected = optimaize(text);
        boolean confident = !detected.isUnknown() && detected.getRawScore() >= MIN_PROBABILITY;
        if (declared != null) {
            boolean overruled = confident && text.length() >= MIN_CHARS_TO_OVERRULE
                    && !primaryLanguage(detected.getLanguage()).equals(declared.value());
            return overruled ? new Sourced<>(primaryLanguage(detected.getLanguage()), "detected") : declared;
        }
        if (confident) {
            return new Sourced<>(primaryLanguage(detected.getLanguage()), "detected");
        }
        return Sourced.text(stopwords.guess(text), "detected");
    }

    private static LanguageResult optimaize(String text) {
        if (text.isBlank()) {
            return LanguageResult.NULL;
        }
        return new OptimaizeLangDetector().loadModels().detect(text);
    }

    /** The ISO 639 primary subtag of a language tag or locale ("en-GB", "en_US" give "en"), or null. */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
