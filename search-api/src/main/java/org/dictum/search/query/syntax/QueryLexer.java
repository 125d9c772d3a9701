package org.dictum.search.query.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits query text into tokens, remembering where each starts. */
final class QueryLexer {

    enum Kind { WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, PLUS, MINUS, FIELD, END }

    record Token(Kind kind, String text, int position) {
    }

    private QueryLexer() {
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, ")", i++));
            } else if (c == '"' || c == '“' || c == '”') {
                int end = closingQuote(query, i + 1);
                if (end < 0) {
                    throw new QuerySyntaxException(i, "the quotation mark opened here is never closed");
                }
                tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, end), i));
                i = end + 1;
            } else if ((c == '+' || c == '-') && atTermStart(query, i)) {
                tokens.add(new Token(c == '+' ? Kind.PLUS : Kind.MINUS, String.valueOf(c), i++));
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(query.charAt(i)) && "()\"“”".indexOf(query.charAt(i)) < 0) {
                    if (query.charAt(i) == ':' && i > start) {
                        break;
                    }
                    i++;
                }
                String text = query.substring(start, i);
                if (i < n && query.charAt(i) == ':' && isFieldName(text)) {
                    if (i + 1 == n || Character.isWhitespace(query.charAt(i + 1))) {
                        throw new QuerySyntaxException(start, "'" + text + ":' needs a word or a \"phrase\" right after it");
                    }
                    tokens.add(new Token(Kind.FIELD, text, start));
                    i++;
                } else if (i < n && query.charAt(i) == ':') {
                    // a colon inside a word that is not a field, e.g. "10:30": keep it as part of the word
                    int wordEnd = i;
                    while (wordEnd < n && !Character.isWhitespace(query.charAt(wordEnd))
                            && "()\"“”".indexOf(query.charAt(wordEnd)) < 0) {
                        wordEnd++;
                    }
                    tokens.add(new Token(Kind.WORD, query.substring(start, wordEnd), start));
                    i = wordEnd;
                } else {
                    tokens.add(operatorOrWord(text, start));
                }
            }
        }
        tokens.add(new Token(Kind.END, "", n));
        return tokens;
    }

    private static boolean isFieldName(String text) {
        return text.matches("[A-Za-z_]+");
    }

    /** + and - are operators at the start of a term, not inside words such as "anti-war". */
    private static boolean atTermStart(String query, int i) {
        return i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(';
    }

    private static int closingQuote(String query, int from) {
        for (int i = from; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"' || c == '”' || c == '“') {
                return i;
            }
        }
        return -1;
    }

    private static Token operatorOrWord(String text, int position) {
        return switch (text) {
            case "AND", "&&" -> new Token(Kind.AND, text, position);
            case "OR", "||", "|" -> new Token(Kind.OR, text, position);
            case "NOT", "!" -> new Token(Kind.NOT, text, position);
            default -> new Token(Kind.WORD, text, position);
        };
    }
}
