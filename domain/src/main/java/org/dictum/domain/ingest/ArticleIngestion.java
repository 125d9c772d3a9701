package org.dictum.domain.ingest;

import static org.dictum.domain.extraction.DocumentMetadata.valueOf;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.article.Fixity;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.domain.topic.tagging.TaxonomyRuleTagger;
import org.dictum.domain.topic.tagging.TopicTagger;

/**
 * Stores a submitted article with everything extraction finds in it. Identical originals are
 * archived once: re-submitting returns the stored article. What the submitter supplies (title, source,
 * publication time, language, URL) wins; what it leaves out is taken from the document's metadata
 * (byline from its authors, source from its publisher, URL from its canonical address). Topics
 * supplied with the submission are authoritative; without them, the topic tagger suggests topics
 * from the headline and main text, which resolve to taxonomy topics by label or alternative label.
 * Runs inside the caller's transaction.
 */
public class ArticleIngestion {

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final TopicResolver topicResolver;
    private final TopicTagger topicTagger;
    private final ActorRepository actors;
    private final ActorResolver actorResolver;
    private final ArticleExtractor extractor;
    private final Clock clock;

    /** Tags articles submitted without topics by the taxonomy's rules only. */
    public ArticleIngestion(ArticleRepository articles, SourceRepository sources, ActorRepository actors,
                            TopicRepository topics, ArticleExtractor extractor, Clock clock) {
        this(articles, sources, actors, topics, new TaxonomyRuleTagger(topics), extractor, clock);
    }

    /** @param topicTagger suggests topics for articles submitted without any ({@link TopicTagger#none()} for none) */
    public ArticleIngestion(ArticleRepository articles, SourceRepository sources, ActorRepository actors,
                            TopicRepository topics, TopicTagger topicTagger, ArticleExtractor extractor, Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.topicResolver = new TopicResolver(topics);
        this.topicTagger = topicTagger;
        this.actors = actors;
        this.actorResolver = new ActorResolver(actors);
        this.extractor = extractor;
        this.clock = clock;
    }

    public IngestionOutcome ingest(ArticleSubmission submission) {
        return ingest(submission, () -> extractor.extract(submission.extractionRequest()));
    }

    /**
     * Stores a submission whose extraction is done elsewhere, e.g. ahead of time on another thread
     * by a bulk import; {@code extraction} is asked only when the content is not archived yet, and
     * must answer what this ingestion's extractor makes of {@code submission.extractionRequest()}.
     */
    public IngestionOutcome ingest(ArticleSubmission submission, Supplier<ExtractionResult> extraction) {
        Optional<Article> existing = articles.findBySha256(Fixity.sha256(submission.original()));
        if (existing.isPresent()) {
            return new IngestionOutcome(existing.get(), false);
        }
        return new IngestionOutcome(articles.save(articleOf(submission, extraction.get())), true);
    }

    /**
     * Stores at once, together on their own ({@link ActorRepository#saveAll}), the actors that
     * ingesting {@code upcoming} in this order would add one by one, so that their ingestion then
     * finds every actor it names: a bulk import's chunk adds its new speakers in a few commits instead
     * of one each. A submission whose original is archived adds nothing, as its ingestion would not.
     * When a concurrent transaction stored one of the names first, nothing is stored and ingestion
     * adds the actors one by one as before. Returns how many actors were stored.
     */
    public int addActorsAhead(List<ExtractedSubmission> upcoming) {
        ActorsAhead ahead = new ActorsAhead(actors);
        ActorResolver resolver = new ActorResolver(ahead);
        List<String> sha256s = upcoming.stream().map(next -> Fixity.sha256(next.submission().original())).toList();
        Set<String> archived = new HashSet<>(articles.archivedSha256s(sha256s));
        for (int i = 0; i < upcoming.size(); i++) {
            ExtractedSubmission next = upcoming.get(i);
            if (!archived.add(sha256s.get(i))) {
                continue; // archived, or archived by an earlier one, when its turn comes: skipped
            }
            if (holdsNoArticle(next.submission(), next.extraction())) {
                continue; // refused when its turn comes (no article text), adding nothing
            }
            int before = ahead.added().size();
            try {
                // The order of articleOf: the article's actors, then each statement's.
                actorsOf(next.submission(), next.extraction(), resolver);
                ExtractedStatements.resolveActors(next.extraction().statements(), resolver);
            } catch (RuntimeException refused) {
                // Its ingestion fails too, having stored what it could: leave it and the rest to ingestion.
                ahead.forgetFrom(before);
                break;
            }
        }
        List<Actor> added = ahead.added();
        return !added.isEmpty() && actors.saveAll(added) ? added.size() : 0;
    }

    /**
     * Neither main text nor a title: nothing to search, cite or attribute (an image, page furniture). A headline
     * alone is an article: wire services send briefs that are nothing else.
     */
    private static boolean holdsNoArticle(ArticleSubmission submission, ExtractionResult extraction) {
        return extraction.mainText().isBlank() && firstNonBlank(submission.title(), extraction.title()) == null;
    }

    private Article articleOf(ArticleSubmission submission, ExtractionResult extraction) {
        if (holdsNoArticle(submission, extraction)) {
            throw new InvalidInputException(submission.html() != null ? "html" : "text",
                    "The document holds no article text and no title: nothing is left once markup, images and page"
                            + " furniture are removed; send the article's own text or HTML");
        }
        DocumentMetadata metadata = extraction.metadata();
        String url = firstNonBlank(submission.url(), valueOf(metadata.canonicalUrl()));
        OffsetDateTime publishedAt = submission.publishedAt() != null ? submission.publishedAt() : valueOf(metadata.publishedAt());

        Article article = new Article(submission.original(), submission.contentType(), extraction.mainText(), clock.instant())
                .describedAs(firstNonBlank(submission.title(), extraction.title()), bylineOf(metadata), url)
                .publishedBy(sourceOf(submission, metadata, url), publishedAt,
                        firstNonBlank(submission.language(), firstNonBlank(valueOf(metadata.language()),
                                extraction.language())));
        Set<Topic> articleTopics = topicsOf(submission, article);
        article.about(articleTopics);
        article.naming(actorsOf(submission, extraction, actorResolver));
        ExtractedStatements.addTo(article, extraction.statements(), extraction.extractorVersion(), actorResolver,
                articleTopics);
        return article;
    }

    private static Set<Actor> actorsOf(ArticleSubmission submission, ExtractionResult extraction, ActorResolver resolver) {
        Set<Actor> named = new LinkedHashSet<>();
        if (submission.actors() != null) {
            submission.actors().forEach(name -> named.add(resolver.resolveSupplied(name)));
            return named;
        }
        extraction.actors().forEach(reference -> named.add(resolver.resolve(reference)));
        extraction.statements().stream()
                .filter(statement -> statement.speaker() != null)
                .forEach(statement -> named.add(resolver.resolveSpeaker(statement.speakerMention(), statement.speaker())));
        return named;
    }

    private Set<Topic> topicsOf(ArticleSubmission submission, Article article) {
        Set<Topic> result = new LinkedHashSet<>();
        if (submission.topics() != null) {
            submission.topics().forEach(label -> result.add(topicResolver.resolveSupplied(label)));
            return result;
        }
        String text = article.getTitle().map(title -> title + "\n\n").orElse("") + article.getMainText();
        topicTagger.tag(text).forEach(label -> result.add(topicResolver.resolveTagged(label)));
        return result;
    }

    /** The authors the document names, as one byline; null when it names none. */
    private static String bylineOf(DocumentMetadata metadata) {
        List<String> authors = valueOf(metadata.authors());
        return authors == null || authors.isEmpty() ? null : String.join(", ", authors);
    }

    /** The supplied source, else the publisher the document names, else the host of its address. */
    private Source sourceOf(ArticleSubmission submission, DocumentMetadata metadata, String url) {
        String domain = hostOf(url);
        String name = firstNonBlank(submission.source(), firstNonBlank(valueOf(metadata.source()), domain));
        if (name == null) {
            return null;
        }
        return sources.findByName(name.strip()).orElseGet(() -> sources.save(new Source(name, domain)));
    }

    private static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}
