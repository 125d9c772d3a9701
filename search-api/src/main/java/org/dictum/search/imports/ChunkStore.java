package org.dictum.search.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dictum.domain.DomainException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.imports.ImportFailure;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportJobRepository;
import org.dictum.domain.ingest.ArticleSubmission;
import org.dictum.domain.ingest.ExtractedSubmission;
import org.dictum.domain.ingest.IngestionOutcome;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.PlannerStatistics;
import org.dictum.persistence.TransactionLookups;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.ArticleJson;
import org.dictum.search.imports.source.SourceRecord;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.search.mapper.orm.Search;

/**
 * Stores one chunk of an import in the chunk's transaction: each record through the same ingestion
 * as {@code POST /api/articles}; a record whose content (SHA-256) or URL is already archived is
 * skipped; a record that cannot be stored becomes a failure with its reason; and the import's
 * position and counts move past the chunk. All of it commits together, so a crash leaves either the
 * whole chunk or none of it, and the resumed import starts right after the last committed record.
 * The chunk's search documents are written and committed to disk after that commit, while the next
 * chunk is stored ({@link ImportIndexWrites}: the next chunk commits only once they are durable, and
 * a crash in between is repaired at start-up). The records' extraction runs ahead on a second thread
 * ({@link ExtractionAhead}) while this one stores.
 */
@ApplicationScoped
public class ChunkStore {

    private static final Logger LOG = Logger.getLogger(ChunkStore.class.getName());

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    ArchiveService archive;

    @Inject
    ArticleRepository articles;

    @Inject
    ImportJobRepository imports;

    @Inject
    ChangeAttribution attribution;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ArticleExtractor extractor;

    /** Where {@link ExtractionAhead} runs: a second core extracts while this chunk's thread stores. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportIndexWrites indexWrites;

    @Inject
    TransactionLookups lookups;

    @Inject
    PlannerStatistics statistics;

    @Transactional
    @ActivateRequestContext
    public ChunkOutcome store(long importId, List<SourceRecord> records) {
        Instant chunkStart = clock.instant();
        ImportJob job = imports.findById(importId).orElseThrow(() -> new UnknownEntityException("Import", importId));
        attribution.onBehalfOf(job.getStartedBy());
        attribution.because("Import " + importId + ": " + job.getSource());
        Search.session(em).indexingPlanSynchronizationStrategy(indexWrites.behind(importId));
        // Each record's rows are flushed when it is done (releaseWrittenRecord), and what a record's
        // lookups read (earlier records, shared rows committed in transactions of their own) is in the
        // database by then: a flush before each of its queries would only dirty-check the chunk's
        // managed rows again and again. The chunk's new sources, topics and actors go through the
        // repositories, so lookups may remember the names they did not find.
        em.setFlushMode(FlushModeType.COMMIT);
        lookups.rememberMisses();
        List<PreparedRecord> prepared = records.stream().map(record -> prepare(importId, record)).toList();
        List<ExtractionRequest> extractions = prepared.stream().filter(PreparedRecord::storable)
                .map(record -> record.submission().extractionRequest()).toList();
        long position = job.getRecordsRead();
        Map<RecordOutcome, Long> outcomes = new EnumMap<>(RecordOutcome.class);
        int[] extractionOf = new int[prepared.size()];
        int storable = 0;
        for (int i = 0; i < prepared.size(); i++) {
            extractionOf[i] = prepared.get(i).storable() ? storable++ : -1;
        }
        Map<Long, Integer> namings = new HashMap<>();
        try (ExtractionAhead ahead = ExtractionAhead.start(extractor, extractions, executor)) {
            int lookedAhead = 0;
            for (int i = 0; i < prepared.size(); i++) {
                PreparedRecord record = prepared.get(i);
                if (i >= lookedAhead && record.storable()) {
                    lookedAhead = addActorsAhead(prepared, extractionOf, i, ahead);
                }
                Supplier<ExtractionResult> extracted = record.storable() ? ahead.result(extractionOf[i]) : null;
                outcomes.merge(storeOrRecordFailure(importId, record, extracted, namings), 1L, Long::sum);
                position = Math.max(position, record.source().number());
                releaseWrittenRecord(namings);
            }
        }
        ChunkOutcome outcome = new ChunkOutcome(outcomes.getOrDefault(RecordOutcome.STORED, 0L),
                outcomes.getOrDefault(RecordOutcome.SKIPPED, 0L), outcomes.getOrDefault(RecordOutcome.FAILED, 0L));
        // The previous chunk's index write went on while this chunk was stored; from this commit on,
        // only this chunk's articles can be missing from the index.
        boolean earlierIndexed = indexWrites.awaitLast(importId);
        ImportJob advanced = imports.findById(importId).orElseThrow(() -> new UnknownEntityException("Import", importId));
        long storedBefore = advanced.getRecordsStored();
        advanced.advance(position, outcome.stored(), outcome.skipped(), outcome.failed());
        if (PlannerStatistics.due(storedBefore, advanced.getRecordsStored())) {
            statistics.refresh();
        }
        if (indexWrites.writesBehind()) {
            advanced.chunkIndexedLater(chunkStart, earlierIndexed);
        }
        return outcome;
    }

    private enum RecordOutcome { STORED, SKIPPED, FAILED }

    /** Stores one record; a record that cannot be stored becomes a failure with its reason. A broken database fails the chunk. */
    private RecordOutcome storeOrRecordFailure(long importId, PreparedRecord record, Supplier<ExtractionResult> extraction,
                                               Map<Long, Integer> namings) {
        Optional<String> problem = record.problem();
        if (problem.isEmpty()) {
            try {
                Optional<Article> stored = storeOne(record.submission(), extraction);
                stored.ifPresent(article -> countNamings(article, namings));
                return stored.isPresent() ? RecordOutcome.STORED : RecordOutcome.SKIPPED;
            } catch (PersistenceException broken) {
                throw broken;
            } catch (DomainException refused) {
                problem = Optional.of(refused.getMessage());
            } catch (RuntimeException unexpected) {
                problem = Optional.of(unexpectedFailure(importId, record.source(), unexpected));
            }
        }
        imports.record(new ImportFailure(importId, record.source().number(), record.source().locator(),
                problem.get(), clock.instant()));
        return RecordOutcome.FAILED;
    }

    /**
     * Writes the record's rows and builds its index documents now (a flush), then lets go of its
     * entities (a detach of every entity but the shared rows). Without it, every query of the next
     * record (duplicate check, source, topics, actors) auto-flushes and so dirty-checks every entity
     * the chunk has stored so far: work that grows with the square of the chunk size. Hibernate
     * Search keeps what a flush has processed and writes it to the index at commit; Envers keeps its
     * audit work. The sources, topics and the actors that more than one record of the chunk named
     * stay managed: the next records name the same ones, and the repositories answer those lookups
     * from the transaction's memory while the rows are managed
     * ({@link org.dictum.persistence.TransactionLookups}). Other actors are let go too: most speakers
     * are named by one record only, and every row still managed is dirty-checked at every record's
     * flush (a Reuters chunk kept hundreds of them); one named again is looked up again.
     */
    private void releaseWrittenRecord(Map<Long, Integer> namings) {
        em.flush();
        org.hibernate.engine.spi.PersistenceContext context = em.unwrap(SessionImplementor.class).getPersistenceContextInternal();
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            Object entity = entry.getKey();
            if (!kept(entity, namings) && context.getEntry(entity) != null) {
                em.detach(entity);
            }
        }
    }

    /**
     * Before the record at {@code from} is stored, stores together the new actors that it and the
     * records after it whose extraction is done already would store one by one, each in a transaction
     * of its own ({@link ArchiveService#addActorsAhead}): Reuters stories name new speakers in most
     * records, and extraction runs several times faster than storing, so after the chunk's first
     * records one commit covers the rest of the chunk. The records looked at end before the first one
     * whose extraction is still to come, and before a second record with an address already met among
     * them (stored only if the earlier one is not). Returns the index of the first record not looked at.
     */
    private int addActorsAhead(List<PreparedRecord> prepared, int[] extractionOf, int from, ExtractionAhead ahead) {
        List<ExtractedSubmission> upcoming = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        int next = from;
        for (; next < prepared.size(); next++) {
            PreparedRecord record = prepared.get(next);
            if (!record.storable()) {
                continue;
            }
            int extraction = extractionOf[next];
            if (next > from && !ahead.extracted(extraction)) {
                break;
            }
            ExtractionResult result;
            try {
                result = ahead.result(extraction).get();
            } catch (RuntimeException failed) {
                continue; // the record fails when it is stored, naming no actor
            }
            String url = record.submission().url() == null || record.submission().url().isBlank() ? null
                    : record.submission().url().strip();
            if (url != null) {
                if (!urls.add(url)) {
                    break;
                }
                if (articles.idOfArticleAt(url).isPresent()) {
                    continue;
                }
            }
            upcoming.add(new ExtractedSubmission(record.submission(), result));
        }
        if (!upcoming.isEmpty()) {
            archive.addActorsAhead(upcoming);
        }
        return next;
    }

    /**
     * Rows kept managed across the records of a chunk: sources, topics, actors that more than one stored record named,
     * and actors no stored record has named yet: those the look-ahead ({@link #addActorsAhead}) found for the records
     * still to come, which would otherwise be read again by name when their record is stored (8,000 Reuters records:
     * the batch thread's CPU 73.2 → 68.8 s). Actors that one record named are let go, so that the flush after each
     * record does not check the chunk's one-off names again and again.
     */
    private static boolean kept(Object entity, Map<Long, Integer> namings) {
        if (entity instanceof Actor actor) {
            return actor.getId() != null && namings.getOrDefault(actor.getId(), 0) != 1;
        }
        return entity instanceof Topic || entity instanceof Source;
    }

    /** Counts the actors the stored article names (as the article's actors, speakers, mentioned), once each. */
    private static void countNamings(Article article, Map<Long, Integer> namings) {
        Set<Actor> named = Collections.newSetFromMap(new IdentityHashMap<>());
        named.addAll(article.getActors());
        for (Statement statement : article.getStatements()) {
            statement.getSpeaker().ifPresent(named::add);
            named.addAll(statement.getMentionedActors());
        }
        named.stream().map(Actor::getId).filter(Objects::nonNull).distinct()
                .forEach(id -> namings.merge(id, 1, Integer::sum));
    }

    /**
     * Turns a record into a submission, on the chunk's thread before anything of the chunk is
     * stored. A record that is malformed in its source, out of the limits of {@code POST
     * /api/articles} or refused for the reasons that endpoint refuses an article becomes a failure
     * with its reason, and is not extracted.
     */
    private PreparedRecord prepare(long importId, SourceRecord record) {
        if (record.malformed()) {
            return PreparedRecord.failed(record, record.problem());
        }
        try {
            Set<ConstraintViolation<ArticleJson>> violations = validator.validate(record.article());
            if (!violations.isEmpty()) {
                return PreparedRecord.failed(record, violations.stream()
                        .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                        .sorted().collect(Collectors.joining("; ")));
            }
            return PreparedRecord.storable(record, record.article().toSubmission());
        } catch (DomainException refused) {
            return PreparedRecord.failed(record, refused.getMessage());
        } catch (RuntimeException unexpected) {
            return PreparedRecord.failed(record, unexpectedFailure(importId, record, unexpected));
        }
    }

    private static String unexpectedFailure(long importId, SourceRecord record, RuntimeException unexpected) {
        LOG.log(Level.WARNING, unexpected, () -> "Import " + importId + ": " + record.locator() + " failed");
        return "could not be processed: " + unexpected;
    }

    /** The article stored, or empty when its content or URL is already archived. */
    private Optional<Article> storeOne(ArticleSubmission submission, Supplier<ExtractionResult> extraction) {
        if (submission.url() != null && !submission.url().isBlank()
                && articles.idOfArticleAt(submission.url().strip()).isPresent()) {
            return Optional.empty();
        }
        IngestionOutcome outcome = archive.archive(submission, extraction);
        return outcome.created() ? Optional.of(outcome.article()) : Optional.empty();
    }

    /** A source record with the submission it makes, or the reason it makes none. */
    private record PreparedRecord(SourceRecord source, ArticleSubmission submission, String reason) {

        static PreparedRecord storable(SourceRecord source, ArticleSubmission submission) {
            return new PreparedRecord(source, submission, null);
        }

        static PreparedRecord failed(SourceRecord source, String reason) {
            return new PreparedRecord(source, null, reason);
        }

        boolean storable() {
            return submission != null;
        }

        Optional<String> problem() {
            return Optional.ofNullable(reason);
        }
    }
}
