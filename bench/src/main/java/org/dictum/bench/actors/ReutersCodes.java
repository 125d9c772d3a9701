package org.dictum.bench.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mapping from Reuters category codes to Dictum's canonical actor names, read from {@code reuters-codes.tsv}
 * (its header documents the format), and the rule for person codes.
 */
final class ReutersCodes {

    private final Map<String, Map<String, Set<String>>> codesByCanonicalName = new HashMap<>();

    ReutersCodes(List<String> rows) {
        for (String row : rows) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\t");
            for (String name : columns[2].split("\\|")) {
                if (!name.equals("-")) {
                    codesByCanonicalName.computeIfAbsent(columns[0], field -> new HashMap<>())
                            .computeIfAbsent(name.strip(), canonical -> new HashSet<>()).add(columns[1]);
                }
            }
        }
    }

    static ReutersCodes fromResource() {
        try (InputStream stream = ReutersCodes.class.getResourceAsStream("reuters-codes.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return new ReutersCodes(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes of {@code field} ("places", "orgs") that an actor's canonical name stands for, empty if none. */
    Set<String> codesOf(String field, String canonicalName) {
        return codesByCanonicalName.getOrDefault(field, Map.of()).getOrDefault(canonicalName, Set.of());
    }

    /** "James Baker" → "james-baker", "baker": the codes a person's name can match. */
    static Set<String> personCodes(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replace('.', ' ').strip().split("\\s+");
        Set<String> codes = new HashSet<>();
        for (int from = 0; from < words.length; from++) {
            codes.add(String.join("-", java.util.Arrays.copyOfRange(words, from, words.length)));
        }
        return codes;
    }
}
