package org.dictum.search.mapping;

/** Names of the analyzers and normalizers that {@link DictumAnalysisConfigurer} defines. */
public final class Analyzers {

    /** Standard tokenizer, lower case, accent folding, English stemming. */
    public static final String ENGLISH = "dictum_english";

    private Analyzers() {
    }
}
