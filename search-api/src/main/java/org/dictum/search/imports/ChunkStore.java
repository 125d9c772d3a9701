package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dictum.domain.DomainException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.imports.ImportFailure;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportJobRepository;
import org.dictum.domain.ingest.ArticleSubmission;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.ArticleJson;
import org.dictum.search.imports.source.SourceRecord;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Stores one chunk of an import in the chunk's transaction: each record through the same ingestion
 * as {@code POST /api/articles}; a record whose content (SHA-256) or URL is already archived is
 * skipped; a record that cannot be stored becomes a failure with its reason; and the import's
 * position and counts move past the chunk. All of it commits together, so a crash leaves either the
 * whole chunk or none of it, and the resumed import starts right after the last committed record.
 * The search index is written and committed to disk at that commit (one flush per chunk).
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

    @Transactional
    @ActivateRequestContext
    public ChunkOutcome store(long importId, List<SourceRecord> records) {
        ImportJob job = imports.findById(importId).orElseThrow(() -> new UnknownEntityException("Import", importId));
        attribution.onBehalfOf(job.getStartedBy());
        attribution.because("Import " + importId + ": " + job.getSource());
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        long stored = 0;
        long skipped = 0;
        long failed = 0;
        long position = job.getRecordsRead();
        for (SourceRecord record : records) {
            Optional<String> problem = record.malformed() ? Optional.of(record.problem()) : Optional.empty();
            if (problem.isEmpty()) {
                try {
                    if (storeOne(record.article())) {
                        stored++;
                    } else {
                        skipped++;
                    }
                } catch (PersistenceException broken) {
                    throw broken;
                } catch (DomainException refused) {
                    problem = Optional.of(refused.getMessage());
                } catch (RuntimeException unexpected) {
                    LOG.log(Level.WARNING, unexpected, () -> "Import " + importId + ": " + record.locator() + " failed");
                    problem = Optional.of("could not be processed: " + unexpected);
                }
            }
            if (problem.isPresent()) {
                failed++;
                imports.record(new ImportFailure(importId, record.number(), record.locator(), problem.get(), clock.instant()));
            }
            position = Math.max(position, record.number());
            releaseWrittenRecord();
        }
        imports.findById(importId).orElseThrow(() -> new UnknownEntityException("Import", importId))
                .advance(position, stored, skipped, failed);
        return new ChunkOutcome(stored, skipped, failed);
    }

    /**
     * Writes the record's rows and builds its index documents now (a flush), then lets go of its
     * entities (a clear). Without it, every query of the next record (duplicate check, source,
     * topics, actors) auto-flushes and so dirty-checks every entity the chunk has stored so far:
     * work that grows with the square of the chunk size. Hibernate Search keeps what a flush has
     * processed across the clear and writes it to the index at commit; Envers keeps its audit work.
     */
    private void releaseWrittenRecord() {
        em.flush();
        em.clear();
    }

    /** True when stored, false when its content or URL is already archived. */
    private boolean storeOne(ArticleJson article) {
        Set<ConstraintViolation<ArticleJson>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        ArticleSubmission submission = article.toSubmission();
        if (submission.url() != null && !submission.url().isBlank()
                && articles.idOfArticleAt(submission.url().strip()).isPresent()) {
            return false;
        }
        return archive.archive(submission).created();
    }

    /** A record that breaks the limits of {@code POST /api/articles}. */
    static final class InvalidRecordException extends DomainException {
        private static final long serialVersionUID = 1L;

        InvalidRecordException(String message) {
            super(message);
        }
    }
}
