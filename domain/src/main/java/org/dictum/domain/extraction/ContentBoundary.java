package org.dictum.domain.extraction;

import java.util.List;
import java.util.Set;

/**
 * Where the content that follows a cue ends inside its sentence. The content is the cue's complement: a clause or
 * an object. What the writer adds after it belongs to the sentence, not to the source: a non-restrictive relative
 * or concessive clause (", which forced her to leave", ", although he refused"), a participle of the writer's
 * (", contradicting the police"), an aside after a dash or semicolon, and, after an object, the circumstances of
 * the speech act ("described Clinton as a disgrace after she attacked the police").
 */
final class ContentBoundary {

    /** After a comma these open a clause of the writer's, not more of the content. */
    private static final Set<String> AFTER_COMMA = Set.of("which", "although", "though", "whereas", "including",
            "even", "despite", "unlike");
    /** After an object, without a comma, these open an adjunct of the speech act. */
    private static final Set<String> AFTER_OBJECT = Set.of("after", "before", "because", "when", "while", "during",
            "until", "since", "although", "though", "despite", "amid", "following");

    private ContentBoundary() {
    }

    /**
     * @param from    first content token
     * @param to      token after the content as far as other attributions allow
     * @param quoted  tokens inside quotation marks, never cut
     * @param object  the content is the object of a speech act ("accused X of Y")
     * @return token after the content
     */
    static int end(List<Token> tokens, int from, int to, boolean[] quoted, boolean objectContent) {
        // "wants to release the files before the election": an infinitive keeps its own adjuncts.
        boolean object = objectContent && !tokens.get(from).is("to");
        for (int i = from + 1; i < to; i++) {
            if (quoted[i]) {
                continue;
            }
            Token token = tokens.get(i);
            String text = token.text();
            if (object && (text.equals(";") || text.equals("—") || text.equals("--") || text.equals("―"))) {
                return i;
            }
            if (text.equals(",") && i + 1 < to && !quoted[i + 1]) {
                String next = tokens.get(i + 1).lower();
                if (object && (AFTER_COMMA.contains(next) || AFTER_OBJECT.contains(next)
                        || isWritersParticiple(tokens, i + 1, to))) {
                    return i;
                }
            }
            if (object && i > from + 1 && AFTER_OBJECT.contains(token.lower())) {
                return i;
            }
        }
        return to;
    }

    /** ", contradicting the police", ", raising questions": an -ing form opening a clause after a comma. */
    private static boolean isWritersParticiple(List<Token> tokens, int i, int to) {
        String lower = tokens.get(i).lower();
        return lower.length() > 5 && lower.endsWith("ing") && !tokens.get(i).isCapitalised() && i + 1 < to
                && tokens.get(i + 1).isWord();
    }
}
