package org.dictum.search.query.syntax;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.dictum.search.query.syntax.QueryLexer.Kind;
import org.dictum.search.query.syntax.QueryLexer.Token;

/**
 * Widens fielded terms of a query text to a second value: {@code actor:"Tom Baker"} becomes
 * {@code (actor:"Tom Baker" OR actor:"Thomas Baker")} when the actor so called is now Thomas Baker.
 * The rest of the text stays exactly as written. A text that does not parse, a prefix, a value that
 * has no other form, and a widening past {@link QueryParser#MAX_TERMS} are left as they are, so that
 * syntax errors name positions in the user's own text.
 */
public final class FieldedTermWidening {

    private FieldedTermWidening() {
    }

    /**
     * @param queryFields the field names the query may use (as for {@link QueryParser})
     * @param fields      the fields whose values may be widened, in lower case
     * @param otherForm   (field, value as written) to the value to search too; the same value (in any case) or null: none
     */
    public static String widen(String query, Set<String> queryFields, Set<String> fields, BinaryOperator<String> otherForm) {
        List<Token> tokens;
        try {
            new QueryParser(queryFields).parse(query);
            tokens = QueryLexer.tokenize(query);
        } catch (QuerySyntaxException e) {
            return query;
        }
        int budget = QueryParser.MAX_TERMS - terms(tokens);
        StringBuilder widened = new StringBuilder();
        int copied = 0;
        for (int i = 0; i + 1 < tokens.size() && budget > 0; i++) {
            Token field = tokens.get(i);
            Token value = tokens.get(i + 1);
            if (field.kind() != Kind.FIELD || !fields.contains(field.text().toLowerCase(Locale.ROOT)) || !isWholeValue(value)) {
                continue;
            }
            String other = otherForm.apply(field.text().toLowerCase(Locale.ROOT), value.text().strip());
            if (other == null || other.isBlank() || other.equalsIgnoreCase(value.text().strip()) || hasQuote(other)) {
                continue;
            }
            int end = value.position() + value.text().length() + (value.kind() == Kind.PHRASE ? 2 : 0);
            widened.append(query, copied, field.position()).append('(').append(query, field.position(), end)
                    .append(" OR ").append(field.text()).append(":\"").append(other).append("\")");
            copied = end;
            budget--;
        }
        return copied == 0 ? query : widened.append(query, copied, query.length()).toString();
    }

    /** A word or a phrase, not a prefix ({@code Bak*}) nor an empty phrase. */
    private static boolean isWholeValue(Token value) {
        return value.kind() == Kind.PHRASE && !value.text().isBlank()
                || value.kind() == Kind.WORD && value.text().indexOf('*') < 0 && value.text().indexOf('?') < 0;
    }

    private static boolean hasQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
    }

    /** The terms the parser counts: fielded terms once, words and phrases that are no field's value. */
    private static int terms(List<Token> tokens) {
        int terms = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            boolean fieldValue = i > 0 && tokens.get(i - 1).kind() == Kind.FIELD;
            if (kind == Kind.FIELD || (kind == Kind.WORD || kind == Kind.PHRASE) && !fieldValue) {
                terms++;
            }
        }
        return terms;
    }
}
