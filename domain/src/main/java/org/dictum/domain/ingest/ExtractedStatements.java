package org.dictum.domain.ingest;

import java.util.Collection;
import org.dictum.domain.article.Article;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.topic.Topic;

/** Stores extraction's findings as statements of an article, as ingestion and re-extraction alike do. */
final class ExtractedStatements {

    private ExtractedStatements() {
    }

    /**
     * Adds each finding to the article with its speaker and mentioned actors matched to the authority,
     * its date, the extractor's version and confidence, and the article's {@code topics}.
     */
    static void addTo(Article article, Collection<ExtractedStatement> findings, String extractorVersion,
                      ActorResolver actorResolver, Collection<Topic> topics) {
        for (ExtractedStatement found : findings) {
            article.addStatement(found.kind(), found.span())
                    .attributedTo(found.speakerMention(),
                            found.speaker() == null ? null : actorResolver.resolveSpeaker(found.speakerMention(), found.speaker()),
                            found.cue())
                    .datedOn(found.statementDate(), found.statementDateInferred())
                    .extractedBy(extractorVersion, found.confidence())
                    .mentioning(found.mentionedActors().stream().map(actorResolver::resolve).toList())
                    .about(topics);
        }
    }

    /** Resolves the findings' speakers and mentioned actors in the order {@link #addTo} does, storing nothing else. */
    static void resolveActors(Collection<ExtractedStatement> findings, ActorResolver actorResolver) {
        for (ExtractedStatement found : findings) {
            if (found.speaker() != null) {
                actorResolver.resolveSpeaker(found.speakerMention(), found.speaker());
            }
            found.mentionedActors().forEach(actorResolver::resolve);
        }
    }
}
