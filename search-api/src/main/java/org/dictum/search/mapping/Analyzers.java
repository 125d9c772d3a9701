package org.dictum.search.mapping;

/** Names of the analyzers that {@link DictumAnalysisConfigurer} defines. */
public final class Analyzers {

    /** Standard tokenizer, lower case, accent folding, English stemming. */
    public static final String ENGLISH = "dictum_english";
    /** Standard tokenizer, lower case, accent folding; no stemming (phrases, prefixes, names). */
    public static final String FOLDED = "dictum_folded";

    private Analyzers() {
    }
}
