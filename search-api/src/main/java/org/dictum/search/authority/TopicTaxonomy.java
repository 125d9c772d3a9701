package org.dictum.search.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.Article;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.domain.authority.TaxonomyMerge;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicLabels;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.domain.topic.skos.SkosRdfXmlWriter;
import org.dictum.domain.topic.skos.SkosTurtleReader;
import org.dictum.domain.topic.skos.SkosTurtleWriter;
import org.dictum.domain.topic.skos.TaxonomyExport;
import org.dictum.domain.topic.skos.TaxonomyImport;

/**
 * The topic taxonomy as librarians curate it: add, rename, move, merge, delete with reassignment,
 * SKOS export and import. Labels are unique; the hierarchy stays a forest; statements and articles
 * that show a changed label are reindexed in the same transaction.
 */
@ApplicationScoped
public class TopicTaxonomy {

    static final String SCHEME_TITLE = "Dictum topic taxonomy";

    @Inject
    TopicRepository topics;

    @Inject
    AuthorityRecords records;

    @Inject
    SearchReindexing reindexing;

    /** Every topic, parents before their children, siblings by label. */
    @Transactional
    public List<TopicEntry> tree() {
        List<Topic> all = topics.findAllTopics();
        Map<Topic, List<Topic>> children = new HashMap<>();
        List<Topic> roots = new ArrayList<>();
        for (Topic topic : all) {
            topic.getParent().ifPresentOrElse(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(topic),
                    () -> roots.add(topic));
        }
        List<TopicEntry> ordered = new ArrayList<>();
        roots.forEach(root -> addTree(root, children, ordered));
        return ordered;
    }

    private static void addTree(Topic topic, Map<Topic, List<Topic>> children, List<TopicEntry> ordered) {
        ordered.add(TopicEntry.of(topic));
        children.getOrDefault(topic, List.of()).forEach(child -> addTree(child, children, ordered));
    }

    @Transactional
    public TopicEntry get(long id) {
        return TopicEntry.of(find(id));
    }

    @Transactional
    public TopicEntry add(String label, Long parentId, String scopeNote) {
        String stripped = Topic.normalLabel(label);
        new TopicLabels(topics).requireFree(stripped, null);
        Topic topic = new Topic(stripped, freeCode(TopicCode.fromLabel(stripped)));
        topic.placeUnder(parentId == null ? null : named("parent", parentId));
        topic.describeScope(scopeNote);
        return written(topics.save(topic));
    }

    @Transactional
    public TopicEntry rename(long id, Long readVersion, String newLabel) {
        Topic topic = current(id, readVersion);
        String label = Topic.normalLabel(newLabel);
        new TopicLabels(topics).requireFree(label, topic);
        topic.rename(label);
        TopicEntry renamed = written(topic);
        List<Long> articleIds = records.articleIdsAbout(topic);
        records.markRecordsChanged(articleIds);   // their oai_dc subjects changed
        reindexing.reindex(records.statementIdsAbout(topic), articleIds);
        return renamed;
    }

    /** Places the topic under {@code parentId} (null: the top level); a cycle is refused (409). */
    @Transactional
    public TopicEntry move(long id, Long readVersion, Long parentId) {
        Topic topic = current(id, readVersion);
        topic.placeUnder(parentId == null ? null : named("parent", parentId));
        return written(topic);
    }

    /** Merges topic {@code id} into {@code survivorId}; the merged topic is gone afterwards. */
    @Transactional
    public TopicEntry merge(long id, Long readVersion, long survivorId) {
        Topic merged = current(id, readVersion);
        Topic survivor = named("into", survivorId);
        List<Statement> statements = records.statementsAbout(merged);
        List<Article> articles = records.articlesAbout(merged);
        TaxonomyMerge.merge(merged, survivor, topics.findChildren(merged), statements, articles);
        topics.remove(merged);
        TopicEntry entry = written(survivor);
        reindexing.reindex(SearchReindexing.idsOf(statements, Statement::getId), SearchReindexing.idsOf(articles, Article::getId));
        return entry;
    }

    /** Deletes topic {@code id}; its statements and articles move to {@code targetId}. Returns the target. */
    @Transactional
    public TopicEntry delete(long id, Long readVersion, long targetId) {
        Topic deleted = current(id, readVersion);
        Topic target = named("reassignTo", targetId);
        List<Statement> statements = records.statementsAbout(deleted);
        List<Article> articles = records.articlesAbout(deleted);
        TaxonomyMerge.deleteReassigning(deleted, target, topics.findChildren(deleted), statements, articles);
        topics.remove(deleted);
        TopicEntry entry = written(target);
        reindexing.reindex(SearchReindexing.idsOf(statements, Statement::getId), SearchReindexing.idsOf(articles, Article::getId));
        return entry;
    }

    @Transactional
    public String exportTurtle() {
        return new SkosTurtleWriter().write(new TaxonomyExport(topics).export(SCHEME_TITLE));
    }

    @Transactional
    public String exportRdfXml() {
        return new SkosRdfXmlWriter().write(new TaxonomyExport(topics).export(SCHEME_TITLE));
    }

    /**
     * Imports a SKOS Turtle document: concepts are matched to topics by code, new ones added,
     * existing ones updated (labels, hierarchy, notes, match terms). All or nothing.
     */
    @Transactional
    public TaxonomyImport.Summary importTurtle(String turtle) {
        Map<Topic, String> labelsBefore = new HashMap<>();
        topics.findAllTopics().forEach(topic -> labelsBefore.put(topic, topic.getLabel()));
        TaxonomyImport.Summary summary = new TaxonomyImport(topics).apply(new SkosTurtleReader().read(turtle));
        Set<Long> statementIds = new LinkedHashSet<>();
        Set<Long> articleIds = new LinkedHashSet<>();
        labelsBefore.forEach((topic, label) -> {
            if (!topic.getLabel().equals(label)) {
                statementIds.addAll(records.statementIdsAbout(topic));
                articleIds.addAll(records.articleIdsAbout(topic));
            }
        });
        records.markRecordsChanged(articleIds);
        reindexing.reindex(statementIds, articleIds);
        return summary;
    }

    /** The topic as this transaction leaves it: its version is incremented when the change is written (see ActorAuthority). */
    private TopicEntry written(Topic topic) {
        records.flush();
        return TopicEntry.of(topic);
    }

    private Topic find(long id) {
        return topics.findById(id).orElseThrow(() -> new UnknownEntityException("Topic", id));
    }

    /**
     * The topic a request names in its body or query: one that does not exist is bad input naming {@code field} (400),
     * as for a collection's members, not a missing resource (404 would say the request's own path was unknown).
     */
    private Topic named(String field, long id) {
        return topics.findById(id).orElseThrow(() -> new InvalidInputException(field, "No topic with the id " + id));
    }

    private Topic current(long id, Long readVersion) {
        Topic topic = find(id);
        if (readVersion != null) {
            StaleVersionException.requireCurrent("Topic", id, readVersion, topic.getVersion());
        }
        return topic;
    }

    private TopicCode freeCode(TopicCode code) {
        TopicCode candidate = code;
        for (int suffix = 2; topics.findByCode(candidate).isPresent(); suffix++) {
            candidate = code.withSuffix(suffix);
        }
        return candidate;
    }
}
