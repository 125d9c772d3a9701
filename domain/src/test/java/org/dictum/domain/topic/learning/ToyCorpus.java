package org.dictum.domain.topic.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up, seeded training texts: each is about one or two of three topics, written with that
 * topic's words mixed with words every topic uses. Big enough to learn, small enough to run in
 * milliseconds.
 */
final class ToyCorpus {

    static final Map<String, List<String>> WORDS = Map.of(
            "energy", List.of("oil", "barrel", "crude", "opec", "refinery", "pipeline", "petroleum", "gasoline"),
            "sport", List.of("match", "goal", "team", "league", "coach", "season", "striker", "stadium"),
            "elections", List.of("vote", "ballot", "candidate", "poll", "campaign", "parliament", "voters", "turnout"));
    private static final List<String> COMMON =
            List.of("today", "people", "city", "report", "week", "officials", "said", "year", "new", "group");
    private static final List<String> TOPICS = List.of("elections", "energy", "sport");

    private ToyCorpus() {
    }

    static List<LabelledText> examples(int count, long seed) {
        Random random = new Random(seed);
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<String> labels = new LinkedHashSet<>();
            labels.add(TOPICS.get(random.nextInt(TOPICS.size())));
            if (random.nextInt(4) == 0) {
                labels.add(TOPICS.get(random.nextInt(TOPICS.size())));
            }
            List<String> words = new ArrayList<>();
            for (String label : labels) {
                for (int w = 0; w < 4; w++) {
                    words.add(pick(WORDS.get(label), random));
                }
            }
            for (int w = 0; w < 8; w++) {
                words.add(pick(COMMON, random));
            }
            Collections.shuffle(words, random);
            examples.add(new LabelledText(String.join(" ", words) + ".", labels));
        }
        return examples;
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
