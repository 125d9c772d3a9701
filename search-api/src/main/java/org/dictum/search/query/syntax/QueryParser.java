package org.dictum.search.query.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.search.query.syntax.QueryLexer.Kind;
import org.dictum.search.query.syntax.QueryLexer.Token;

/**
 * Recursive-descent parser for the query language. Precedence, loosest first: OR, then AND
 * (also implied between terms), then NOT / - / +. Errors name the position and the problem.
 */
public final class QueryParser {

    private static final int MIN_PREFIX = 2;
    /**
     * Terms (words, phrases, prefixes) one query may hold. Each becomes at least one clause of the search engine's
     * query, and Lucene and OpenSearch refuse more than 1,024 clauses in one query by default: a query of 1,100 words
     * failed inside the index with an internal error before this limit.
     */
    public static final int MAX_TERMS = 256;

    private final Set<String> fields;
    private List<Token> tokens;
    private int next;
    private int terms;

    /** @param fields the field names allowed before a colon, in lower case */
    public QueryParser(Set<String> fields) {
        this.fields = new TreeSet<>(fields);
    }

    public QueryNode parse(String query) {
        tokens = QueryLexer.tokenize(query);
        next = 0;
        terms = 0;
        if (peek().kind() == Kind.END) {
            throw new QuerySyntaxException(0, "the query is empty");
        }
        QueryNode node = parseOr();
        Token stray = peek();
        if (stray.kind() == Kind.RPAREN) {
            throw new QuerySyntaxException(stray.position(), "there is no opening parenthesis for this one");
        }
        return node;
    }

    private QueryNode parseOr() {
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(parseAnd());
        while (peek().kind() == Kind.OR) {
            Token or = take();
            if (endsClause(peek())) {
                throw new QuerySyntaxException(or.position(), or.text() + " needs a term on both sides");
            }
            alternatives.add(parseAnd());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
    }

    private QueryNode parseAnd() {
        Token first = peek();
        if (first.kind() == Kind.AND || first.kind() == Kind.OR) {
            throw new QuerySyntaxException(first.position(), first.text() + " needs a term on both sides");
        }
        List<QueryNode> required = new ArrayList<>();
        List<QueryNode> excluded = new ArrayList<>();
        while (!endsClause(peek())) {
            if (peek().kind() == Kind.AND) {
                Token and = take();
                if (endsClause(peek()) || peek().kind() == Kind.AND) {
                    throw new QuerySyntaxException(and.position(), and.text() + " needs a term on both sides");
                }
                continue;
            }
            boolean negated = false;
            while (peek().kind() == Kind.NOT || peek().kind() == Kind.MINUS || peek().kind() == Kind.PLUS) {
                Token operator = take();
                if (endsClause(peek())) {
                    throw new QuerySyntaxException(operator.position(), operator.text() + " needs a term after it");
                }
                negated ^= operator.kind() != Kind.PLUS;
            }
            QueryNode clause = parsePrimary();
            (negated ? excluded : required).add(clause);
        }
        if (required.isEmpty() && excluded.isEmpty()) {
            throw new QuerySyntaxException(first.position(), "a term is missing here");
        }
        if (excluded.isEmpty() && required.size() == 1) {
            return required.get(0);
        }
        if (required.isEmpty() && excluded.size() == 1) {
            return new QueryNode.Not(excluded.get(0));
        }
        return new QueryNode.And(required, excluded);
    }

    private QueryNode parsePrimary() {
        Token token = take();
        if (token.kind() == Kind.FIELD || token.kind() == Kind.WORD || token.kind() == Kind.PHRASE) {
            countTerm(token);
        }
        return switch (token.kind()) {
            case LPAREN -> group(token);
            case FIELD -> fielded(token);
            case WORD -> word(null, token);
            case PHRASE -> phrase(null, token);
            case RPAREN -> throw new QuerySyntaxException(token.position(), "there is no opening parenthesis for this one");
            default -> throw new QuerySyntaxException(token.position(), "a term is missing here");
        };
    }

    private QueryNode group(Token open) {
        if (peek().kind() == Kind.RPAREN) {
            throw new QuerySyntaxException(open.position(), "the parentheses are empty");
        }
        QueryNode inner = parseOr();
        if (peek().kind() != Kind.RPAREN) {
            throw new QuerySyntaxException(open.position(), "the parenthesis opened here is never closed");
        }
        take();
        return inner;
    }

    private QueryNode fielded(Token fieldToken) {
        String field = fieldToken.text().toLowerCase(Locale.ROOT);
        if (!fields.contains(field)) {
            throw new QuerySyntaxException(fieldToken.position(), "unknown field '" + fieldToken.text()
                    + "'; known fields: " + String.join(", ", fields));
        }
        Token value = take();
        return switch (value.kind()) {
            case WORD -> word(field, value);
            case PHRASE -> phrase(field, value);
            default -> throw new QuerySyntaxException(fieldToken.position(),
                    "'" + fieldToken.text() + ":' needs a word or a \"phrase\" right after it");
        };
    }

    private static QueryNode word(String field, Token token) {
        String text = token.text();
        int star = text.indexOf('*');
        if (star < 0 && text.indexOf('?') < 0) {
            return new QueryNode.Word(field, text);
        }
        if (text.indexOf('?') >= 0 || star != text.length() - 1) {
            throw new QuerySyntaxException(token.position() + Math.max(star, text.indexOf('?')),
                    "wildcards are allowed only as * at the end of a word");
        }
        String prefix = text.substring(0, star);
        if (prefix.length() < MIN_PREFIX) {
            throw new QuerySyntaxException(token.position(), "a prefix needs at least " + MIN_PREFIX + " characters before *");
        }
        return new QueryNode.Prefix(field, prefix);
    }

    private static QueryNode phrase(String field, Token token) {
        if (token.text().isBlank()) {
            throw new QuerySyntaxException(token.position(), "the quotation marks are empty");
        }
        return new QueryNode.Phrase(field, token.text().strip());
    }

    private void countTerm(Token token) {
        if (++terms > MAX_TERMS) {
            throw new QuerySyntaxException(token.position(), "the query has more than " + MAX_TERMS
                    + " terms; search with fewer words, phrases and prefixes");
        }
    }

    private static boolean endsClause(Token token) {
        return token.kind() == Kind.OR || token.kind() == Kind.RPAREN || token.kind() == Kind.END;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }
}
