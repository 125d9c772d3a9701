package org.dictum.search.query.syntax;

import java.util.List;

/** The parsed form of a query. {@code field} is null for the default (full-text) fields. */
public sealed interface QueryNode {

    /** One word, matched through the field's analyzer (stemmed on text). */
    record Word(String field, String text) implements QueryNode {
    }

    /** Words in this order, matched without stemming. */
    record Phrase(String field, String text) implements QueryNode {
    }

    /** Words starting with {@code prefix}. */
    record Prefix(String field, String prefix) implements QueryNode {
    }

    /** Every clause must hold; {@code excluded} clauses must not. */
    record And(List<QueryNode> required, List<QueryNode> excluded) implements QueryNode {
        public And {
            required = List.copyOf(required);
            excluded = List.copyOf(excluded);
        }
    }

    /** At least one clause must hold. */
    record Or(List<QueryNode> alternatives) implements QueryNode {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Everything except what the clause matches. */
    record Not(QueryNode clause) implements QueryNode {
    }
}
