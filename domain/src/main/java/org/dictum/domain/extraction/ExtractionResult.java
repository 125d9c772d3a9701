package org.dictum.domain.extraction;

import java.util.List;
import java.util.Objects;

/**
 * What extraction found in one document.
 *
 * @param title            the headline, null if none was found or supplied
 * @param mainText         the article body without page boilerplate; statement spans point into it
 * @param language         ISO 639-1 code, the value of {@code metadata.language()}: declared by the page or detected
 *                         from the main text, null when unsure
 * @param statements       speech events in order of appearance
 * @param actors           every actor named in the title or the main text or speaking in it, without duplicates
 * @param extractorVersion identifies the pipeline version, stored with each statement for provenance
 * @param metadata         what the document says about itself (title, authors, date, source, address, language),
 *                         each field with its origin; never null, its fields are null when unknown
 * @param mentions         every place in the main text where an actor is named, in text order
 */
public record ExtractionResult(
        String title,
        String mainText,
        String language,
        List<ExtractedStatement> statements,
        List<ActorReference> actors,
        String extractorVersion,
        DocumentMetadata metadata,
        List<ActorMention> mentions) {

    public ExtractionResult {
        Objects.requireNonNull(mainText, "mainText");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(metadata, "metadata");
        statements = List.copyOf(statements);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
