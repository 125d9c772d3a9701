package org.dictum.domain.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code VERB}, {@code PROPN}, …) for Dictum's own tokens,
 * one tag per token, so that tags line up with token indices and spans. OpenNLP's English model (trained on the UD
 * English Web Treebank) tags; quotation marks of any style are shown to it as {@code "} and curly apostrophes inside
 * words as {@code '}, the forms it was trained on. Thread-safe: the model is shared, each thread has its own tagger.
 */
final class PartOfSpeechTagger {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<POSTaggerME> taggers;

    private PartOfSpeechTagger(POSModel model) {
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    }

    /** The English tagger from the model jar on the class path ({@code opennlp-models-pos-en}). */
    static PartOfSpeechTagger english() {
        try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model " + MODEL_RESOURCE + " is not on the class path");
            }
            return new PartOfSpeechTagger(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** One tag per token, in token order; {@code tokens} are the tokens of one sentence. */
    String[] tags(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return new String[0];
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            Token token = tokens.get(i);
            words[i] = token.isQuoteMark() ? "\"" : token.text().replace('’', '\'');
        }
        return taggers.get().tag(words);
    }
}
