package org.dictum.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Scorable;
import org.dictum.search.mapping.SearchFields;

/**
 * The first hits of a counting pass in a request's order, kept while the pass counts so that the
 * page of hits needs no second search: by relevance (score, then id descending), newest or oldest
 * (the date, then id; hits without a date last), the orders {@link FacetedQuery} asks of Hibernate
 * Search. Keeps {@code offset + size + 1} hits: the last tells whether there is a next page.
 *
 * <p>Reads the id as Hibernate Search writes {@link SearchFields#ID} and dates as epoch days
 * (sorted-numeric doc values; the date fields hold one value a document).
 */
final class TopHits {

    /** One kept hit: its document in the searched reader, its database id, and what it sorts by. */
    record TopDoc(int doc, long id, float score, long day, boolean dated) {
    }

    /** What a pass should keep: {@code keep} hits in {@code sort} order by {@code dateField}. */
    record Plan(SortOrder sort, String dateField, int keep) {
        boolean scores() {
            return sort == SortOrder.RELEVANCE && keep > 0;
        }
    }

    private final Plan plan;
    private final Comparator<TopDoc> order;
    private final PriorityQueue<TopDoc> worstFirst;

    TopHits(Plan plan) {
        this.plan = plan;
        this.order = order(plan.sort());
        this.worstFirst = new PriorityQueue<>(Math.max(1, plan.keep()), order.reversed());
    }

    boolean scores() {
        return plan.scores();
    }

    /** Best first. */
    static Comparator<TopDoc> order(SortOrder sort) {
        Comparator<TopDoc> datedFirst = Comparator.comparing(hit -> !hit.dated());
        return switch (sort) {
            case RELEVANCE -> Comparator.comparingDouble((TopDoc hit) -> hit.score()).reversed()
                    .thenComparing(Comparator.comparingLong(TopDoc::id).reversed());
            case NEWEST -> datedFirst.thenComparing(Comparator.comparingLong(TopDoc::day).reversed())
                    .thenComparing(Comparator.comparingLong(TopDoc::id).reversed());
            case OLDEST -> datedFirst.thenComparingLong(TopDoc::day).thenComparingLong(TopDoc::id);
        };
    }

    /** What one segment's collector feeds: its hits, as the pass finds them. */
    Leaf leaf(LeafReader reader, int docBase) throws IOException {
        if (plan.keep() == 0) {
            return new Leaf(null, null, docBase); // counting only: offer() keeps nothing, reads nothing
        }
        return new Leaf(DocValues.getSortedNumeric(reader, SearchFields.ID),
                plan.sort() == SortOrder.RELEVANCE ? null : DocValues.getSortedNumeric(reader, plan.dateField()), docBase);
    }

    final class Leaf {
        private final SortedNumericDocValues ids;
        private final SortedNumericDocValues dates;
        private final int docBase;
        private Scorable scorer;

        private Leaf(SortedNumericDocValues ids, SortedNumericDocValues dates, int docBase) {
            this.ids = ids;
            this.dates = dates;
            this.docBase = docBase;
        }

        void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        void offer(int doc) throws IOException {
            if (plan.keep() == 0) {
                return;
            }
            long id = ids.advanceExact(doc) ? ids.nextValue() : -1;
            boolean dated = dates != null && dates.advanceExact(doc);
            long day = dated ? dates.nextValue() : 0;
            float score = plan.scores() ? scorer.score() : 0;
            add(new TopDoc(docBase + doc, id, score, day, dated));
        }
    }

    private void add(TopDoc hit) {
        if (worstFirst.size() < plan.keep()) {
            worstFirst.add(hit);
        } else if (order.compare(hit, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(hit);
        }
    }

    /** The kept hits of several collectors (one per slice of segments), best first. */
    static List<TopDoc> merged(Plan plan, Collection<TopHits> parts) {
        TopHits all = new TopHits(plan);
        parts.forEach(part -> part.worstFirst.forEach(all::add));
        List<TopDoc> best = new ArrayList<>(all.worstFirst);
        best.sort(all.order);
        return best;
    }
}
