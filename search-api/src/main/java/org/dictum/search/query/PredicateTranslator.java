package org.dictum.search.query;

import org.dictum.search.query.syntax.QueryNode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a parsed query into a Hibernate Search predicate on the fields of one indexed type. A word is a phrase
 * on the stemmed fields: one token is a plain term, and a word the analyzer splits ("long-term", "mln/dlrs")
 * needs all its parts in order, not any of them.
 */
final class PredicateTranslator {

    private final SearchPredicateFactory f;
    private final QueryFields fields;

    PredicateTranslator(SearchPredicateFactory f, QueryFields fields) {
        this.f = f;
        this.fields = fields;
    }

    PredicateFinalStep translate(QueryNode node) {
        if (node instanceof QueryNode.Word word) {
            return f.phrase().fields(stemmedOrNamed(word.field())).matching(word.text());
        }
        if (node instanceof QueryNode.Phrase phrase) {
            return f.phrase().fields(exactOrNamed(phrase.field())).matching(phrase.text());
        }
        if (node instanceof QueryNode.Prefix prefix) {
            return f.wildcard().fields(exactOrNamed(prefix.field())).matching(TextFolding.fold(prefix.prefix()) + "*");
        }
        if (node instanceof QueryNode.And and) {
            BooleanPredicateClausesStep<?> bool = f.bool();
            if (and.required().isEmpty()) {
                bool.must(f.matchAll());
            }
            and.required().forEach(clause -> bool.must(translate(clause)));
            and.excluded().forEach(clause -> bool.mustNot(translate(clause)));
            return bool;
        }
        if (node instanceof QueryNode.Or or) {
            BooleanPredicateClausesStep<?> bool = f.bool();
            or.alternatives().forEach(clause -> bool.should(translate(clause)));
            return bool.minimumShouldMatchNumber(1);
        }
        QueryNode.Not not = (QueryNode.Not) node;
        return f.bool().must(f.matchAll()).mustNot(translate(not.clause()));
    }

    private String[] stemmedOrNamed(String field) {
        return field == null ? fields.stemmed().toArray(String[]::new) : named(field);
    }

    private String[] exactOrNamed(String field) {
        return field == null ? fields.exact().toArray(String[]::new) : named(field);
    }

    private String[] named(String field) {
        return new String[] {fields.named().get(field)};
    }

}
