package org.dictum.it.opensearch;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small synthetic archive, the same on every run: 48 articles of three sources (all named
 * "Parity ...", so that {@code source:parity} finds them and nothing else), over eight months, with
 * topics and actors supplied, and quotes with stems, phrases, accents and possessives for the
 * analysers to agree on.
 */
final class ParityArchive {

    static final int ARTICLES = 48;
    static final List<String> SOURCES = List.of("Parity Wire", "Parity Times", "Parity Daily");
    static final List<String> TOPICS = List.of("Arms control", "Trade", "Energy", "Elections");
    static final List<String> ACTORS = List.of("Russia", "NATO", "Ukraine", "United States", "China", "European Union");
    private static final List<String> SPEAKERS = List.of("Anna Petrova", "John Miller", "Li Wei", "Olena Kovalenko",
            "José Álvarez");
    private static final List<String> CLAIMS = List.of(
            "We will resume talks on missiles next week",
            "The negotiations on troops in Zürich were productive",
            "Nobody is negotiating about the pipeline's future",
            "Russia's offer on missile limits is a serious one",
            "Our café owners need cheaper energy before the elections",
            "Trade between the two blocs fell sharply this year",
            "We are not withdrawing troops from the border");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

    private ParityArchive() {
    }

    /** The bodies of {@code POST /api/articles}, in the order to submit them. */
    static List<String> submissions() {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            bodies.add(submission(i));
        }
        return bodies;
    }

    private static String submission(int i) {
        LocalDate published = FIRST_DAY.plusDays(i * 5L);
        JsonArrayBuilder topics = Json.createArrayBuilder().add(TOPICS.get(i % TOPICS.size()));
        if (i % 3 == 0) {
            topics.add(TOPICS.get((i + 1) % TOPICS.size()));
        }
        JsonArrayBuilder actors = Json.createArrayBuilder().add(ACTORS.get(i % ACTORS.size()));
        if (i % 2 == 0) {
            actors.add(ACTORS.get((i / 2) % ACTORS.size()));
        }
        String first = SPEAKERS.get(i % SPEAKERS.size());
        String second = SPEAKERS.get((i + 2) % SPEAKERS.size());
        String text = "Parity report number " + (i + 1) + " from the capital.\n\n"
                + "\u201c" + CLAIMS.get(i % CLAIMS.size()) + ",\u201d " + first + " said on Monday.\n\n"
                + second + " said that " + lowerFirst(CLAIMS.get((i * 3 + 1) % CLAIMS.size())) + ".\n\n"
                + "Observers expect further meetings in " + published.getMonth().toString().toLowerCase() + ".";
        return Json.createObjectBuilder()
                .add("title", "Parity story " + (i + 1) + ": " + CLAIMS.get((i + 4) % CLAIMS.size()))
                .add("source", SOURCES.get(i % SOURCES.size()))
                .add("publishedAt", published.toString())
                .add("text", text)
                .add("topics", topics)
                .add("actors", actors)
                .build().toString();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
