package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of Turtle (W3C RDF 1.1 Turtle) that SKOS taxonomies need: {@code @prefix} and
 * {@code PREFIX}, {@code @base}-free absolute or prefixed IRIs, {@code a}, predicate lists with
 * {@code ;} and object lists with {@code ,}, comments, and string literals (short or long, single
 * or double quoted, with escapes) carrying a language tag or a datatype. Blank nodes, collections
 * and numeric literals are refused with the line and column where they occur; an unterminated string or IRI with
 * those of its opening quote or bracket, where the mistake is, rather than those of the end of the file.
 */
final class TurtleParser {

    private final String input;
    private final Map<String, String> prefixes = new HashMap<>();
    private final List<Triple> triples = new ArrayList<>();
    private int pos;
    /** Where {@link #lineAt} stopped counting lines: the offset, its line and the offset that line starts at. */
    private int countedTo;
    private int countedLine = 1;
    private int countedLineStart;

    private TurtleParser(String input) {
        this.input = input;
    }

    static List<Triple> parse(String turtle) {
        TurtleParser parser = new TurtleParser(turtle);
        parser.document();
        return List.copyOf(parser.triples);
    }

    private void document() {
        skipSpace();
        while (pos < input.length()) {
            if (lookingAt("@prefix")) {
                pos += "@prefix".length();
                prefixDeclaration();
                expect('.');
            } else if (lookingAtKeyword("PREFIX")) {
                pos += "PREFIX".length();
                prefixDeclaration();
            } else if (lookingAt("@base") || lookingAtKeyword("BASE")) {
                throw error("@base is not supported: use absolute IRIs or prefixes");
            } else {
                String subject = iri();
                predicateObjectList(subject);
                expect('.');
            }
            skipSpace();
        }
    }

    private void prefixDeclaration() {
        skipSpace();
        int colon = input.indexOf(':', pos);
        if (colon < 0) {
            throw error("prefix name expected");
        }
        String name = input.substring(pos, colon).strip();
        pos = colon + 1;
        skipSpace();
        prefixes.put(name, iriRef());
    }

    private void predicateObjectList(String subject) {
        while (true) {
            skipSpace();
            String predicate = peekIs('a') && lookingAtKeyword("a") ? consumeA() : iri();
            objectList(subject, predicate);
            skipSpace();
            if (!peekIs(';')) {
                return;
            }
            while (peekIs(';')) {
                pos++;
                skipSpace();
            }
            if (peekIs('.')) {
                return;
            }
        }
    }

    private String consumeA() {
        pos++;
        return Skos.TYPE;
    }

    private void objectList(String subject, String predicate) {
        while (true) {
            skipSpace();
            int line = lineAt(pos);
            int column = columnAt(pos);
            triples.add(new Triple(subject, predicate, object(), line, column));
            skipSpace();
            if (!peekIs(',')) {
                return;
            }
            pos++;
        }
    }

    private RdfTerm object() {
        char c = peek();
        if (c == '"' || c == '\'') {
            return literal();
        }
        if (c == '[' || c == '(' || input.startsWith("_:", pos)) {
            throw error("blank nodes and collections are not supported");
        }
        if (Character.isDigit(c) || c == '+' || c == '-') {
            throw error("numeric literals are not supported: quote the value");
        }
        if (lookingAtKeyword("true") || lookingAtKeyword("false")) {
            throw error("boolean literals are not supported");
        }
        return new RdfTerm.Iri(iri());
    }

    private RdfTerm.Literal literal() {
        String text = string();
        String language = "";
        String datatype = null;
        if (peekIs('@')) {
            pos++;
            int start = pos;
            while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '-')) {
                pos++;
            }
            language = input.substring(start, pos);
            if (language.isEmpty()) {
                throw error("language tag expected after @");
            }
        } else if (input.startsWith("^^", pos)) {
            pos += 2;
            datatype = iri();
        }
        return new RdfTerm.Literal(text, language, datatype);
    }

    private String string() {
        int opening = pos;
        char quote = input.charAt(pos);
        String longDelimiter = String.valueOf(quote).repeat(3);
        boolean isLong = input.startsWith(longDelimiter, pos);
        pos += isLong ? 3 : 1;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= input.length()) {
                pos = opening;
                throw error("unterminated string: its closing " + (isLong ? longDelimiter : String.valueOf(quote)) + " is missing");
            }
            char c = input.charAt(pos);
            if (isLong ? input.startsWith(longDelimiter, pos) : c == quote) {
                if (text.indexOf("\u0000") >= 0) {
                    // A label or note is stored as text, which PostgreSQL cannot hold a NUL in: the import failed with a 500.
                    pos = opening;
                    throw error("the string holds a NUL character (\\u0000), which cannot be stored");
                }
                pos += isLong ? 3 : 1;
                return text.toString();
            }
            if (!isLong && (c == '\n' || c == '\r')) {
                throw error("line break in a short string: use \\n or a long string");
            }
            if (c == '\\') {
                text.append(escape());
            } else {
                text.append(c);
                pos++;
            }
        }
    }

    private String escape() {
        if (pos + 1 >= input.length()) {
            throw error("unterminated escape");
        }
        char c = input.charAt(pos + 1);
        pos += 2;
        return switch (c) {
            case 't' -> "\t";
            case 'b' -> "\b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 'f' -> "\f";
            case '"' -> "\"";
            case '\'' -> "'";
            case '\\' -> "\\";
            case 'u' -> codePoint(4);
            case 'U' -> codePoint(8);
            default -> throw error("unknown escape \\" + c);
        };
    }

    private String codePoint(int digits) {
        if (pos + digits > input.length()) {
            throw error("incomplete \\u escape");
        }
        try {
            int codePoint = Integer.parseInt(input.substring(pos, pos + digits), 16);
            pos += digits;
            return new String(Character.toChars(codePoint));
        } catch (IllegalArgumentException e) {
            throw error("bad \\u escape");
        }
    }

    private String iri() {
        skipSpace();
        if (peekIs('<')) {
            return iriRef();
        }
        int start = pos;
        while (pos < input.length() && isNameChar(input.charAt(pos))) {
            pos++;
        }
        // a prefixed name never ends with '.': that dot ends the statement
        while (pos > start && input.charAt(pos - 1) == '.') {
            pos--;
        }
        String name = input.substring(start, pos);
        int colon = name.indexOf(':');
        if (colon < 0) {
            pos = start;
            throw error("IRI or prefixed name expected");
        }
        String namespace = prefixes.get(name.substring(0, colon));
        if (namespace == null) {
            pos = start;
            throw error("undeclared prefix '" + name.substring(0, colon) + ":'");
        }
        return namespace + name.substring(colon + 1);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c > 0x7F;
    }

    private String iriRef() {
        if (!peekIs('<')) {
            throw error("<IRI> expected");
        }
        int end = input.indexOf('>', pos);
        if (end < 0) {
            throw error("unterminated <IRI>");
        }
        String iri = input.substring(pos + 1, end);
        if (iri.chars().anyMatch(ch -> ch <= ' ' || ch == '<' || ch == '"' || ch == '{' || ch == '}')) {
            throw error("invalid character in <" + iri + ">");
        }
        if (!iri.contains(":")) {
            throw error("relative IRI <" + iri + "> is not supported");
        }
        pos = end + 1;
        return iri;
    }

    private void expect(char c) {
        skipSpace();
        if (!peekIs(c)) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (c == '#') {
                while (pos < input.length() && input.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else {
                return;
            }
        }
    }

    private char peek() {
        if (pos >= input.length()) {
            throw error("unexpected end of document");
        }
        return input.charAt(pos);
    }

    private boolean peekIs(char c) {
        return pos < input.length() && input.charAt(pos) == c;
    }

    private boolean lookingAt(String text) {
        return input.startsWith(text, pos);
    }

    /** The keyword, case-insensitively, followed by white space. */
    private boolean lookingAtKeyword(String keyword) {
        int end = pos + keyword.length();
        return input.regionMatches(true, pos, keyword, 0, keyword.length())
                && end < input.length() && Character.isWhitespace(input.charAt(end));
    }

    /** The message with the line and column (both from 1, the column in characters) where parsing stands. */
    private SkosFormatException error(String message) {
        int end = Math.min(pos, input.length());
        return SkosFormatException.inTurtle(lineAt(end), columnAt(end), message);
    }

    /**
     * The line (from 1) of an offset. Triples ask in document order, so the count goes on from the last offset asked
     * about rather than from the start each time (an error may ask about an earlier one: then it starts again).
     */
    private int lineAt(int offset) {
        if (offset < countedTo) {
            countedTo = 0;
            countedLine = 1;
            countedLineStart = 0;
        }
        for (; countedTo < offset; countedTo++) {
            if (input.charAt(countedTo) == '\n') {
                countedLine++;
                countedLineStart = countedTo + 1;
            }
        }
        return countedLine;
    }

    /** The column (from 1, in characters) of the offset {@link #lineAt} was last asked about. */
    private int columnAt(int offset) {
        return input.codePointCount(countedLineStart, offset) + 1;
    }
}
