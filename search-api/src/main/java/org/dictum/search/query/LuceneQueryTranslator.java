package org.dictum.search.query;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.dictum.search.query.syntax.QueryNode;

/**
 * Turns a parsed query into a native Lucene query that matches the same documents as the
 * predicate {@link PredicateTranslator} builds for Hibernate Search: words through each field's
 * search analyzer with all of their tokens in order (a word the analyzer splits, such as "long-term"
 * or "mln/dlrs", is a phrase, not any of its parts), phrases in order without slop, prefixes on the
 * folded form. The one-pass facet counting ({@link SidewaysCounting}) runs it; a disagreement with
 * the Hibernate Search predicate would show as a total that differs from the hits, which the
 * integration tests compare.
 */
final class LuceneQueryTranslator {

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final QueryFields fields;

    /**
     * @param analyzer the index's search analyzer, which picks each field's own analyzer
     */
    LuceneQueryTranslator(Analyzer analyzer, QueryFields fields) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
        this.fields = fields;
    }

    Query translate(QueryNode node) {
        if (node instanceof QueryNode.Word word) {
            return anyField(word.field() == null ? fields.stemmed().toArray(String[]::new) : named(word.field()),
                    field -> builder.createPhraseQuery(field, word.text()));
        }
        if (node instanceof QueryNode.Phrase phrase) {
            return anyField(exactOrNamed(phrase.field()), field -> builder.createPhraseQuery(field, phrase.text()));
        }
        if (node instanceof QueryNode.Prefix prefix) {
            return anyField(exactOrNamed(prefix.field()), field ->
                    new PrefixQuery(new Term(field, normalized(field, TextFolding.fold(prefix.prefix())))));
        }
        if (node instanceof QueryNode.And and) {
            BooleanQuery.Builder bool = new BooleanQuery.Builder();
            if (and.required().isEmpty()) {
                bool.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            and.required().forEach(clause -> bool.add(translate(clause), Occur.MUST));
            and.excluded().forEach(clause -> bool.add(translate(clause), Occur.MUST_NOT));
            return bool.build();
        }
        if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            or.alternatives().forEach(clause -> bool.add(translate(clause), Occur.SHOULD));
            return bool.build();
        }
        QueryNode.Not not = (QueryNode.Not) node;
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(translate(not.clause()), Occur.MUST_NOT)
                .build();
    }

    /** The query on one field, or any of several; text that analyses to nothing matches nothing. */
    private static Query anyField(String[] names, Function<String, Query> perField) {
        if (names.length == 1) {
            return orNothing(perField.apply(names[0]));
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (String name : names) {
            bool.add(orNothing(perField.apply(name)), Occur.SHOULD);
        }
        return bool.build();
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery("no tokens") : query;
    }

    private String normalized(String field, String text) {
        BytesRef term = analyzer.normalize(field, text);
        return term.utf8ToString();
    }

    private String[] exactOrNamed(String field) {
        return field == null ? fields.exact().toArray(String[]::new) : named(field);
    }

    private String[] named(String field) {
        return new String[] {fields.named().get(field)};
    }
}
