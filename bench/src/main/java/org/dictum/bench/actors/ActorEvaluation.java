package org.dictum.bench.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dictum.bench.Evaluation;
import org.dictum.bench.EvaluationReport;
import org.dictum.bench.EvaluationReport.Metric;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ActorReference;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;

/**
 * Actor recognition against Reuters-21578's places, people and orgs. Each story goes through the extractor as
 * plain text with its title supplied; the actors of the result (title and body) are compared per story with the
 * gold codes: COUNTRY actors with places, PERSON actors with people, ORGANIZATION actors with orgs, after mapping
 * canonical names to codes with {@link ReutersCodes}. Only stories with at least one gold code of a type count for
 * that type.
 *
 * <p>Set the system property {@value #DUMP_PROPERTY} to a file to get one TSV line per story and type with the gold
 * and predicted codes, for error analysis.
 */
public final class ActorEvaluation implements Evaluation {

    static final String DUMP_PROPERTY = "dictum.bench.actors.dump";

    private record Field(String name, ActorType type, EntityTally tally) {
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public String dataset() {
        return "reuters21578";
    }

    @Override
    public EvaluationReport run(Path dataDir) throws IOException {
        List<ReutersStory> stories = ReutersCorpus.read(dataDir.resolve(dataset()).resolve("reuters21578.jsonl"));
        ReutersCodes codes = ReutersCodes.fromResource();
        Set<String> peopleVocabulary = new HashSet<>();
        stories.forEach(story -> peopleVocabulary.addAll(story.people()));
        RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();
        List<Field> fields = List.of(new Field("places", ActorType.COUNTRY, new EntityTally()),
                new Field("people", ActorType.PERSON, new EntityTally()),
                new Field("orgs", ActorType.ORGANIZATION, new EntityTally()));
        String dumpFile = System.getProperty(DUMP_PROPERTY);
        java.io.PrintWriter dump = dumpFile == null ? null
                : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(Path.of(dumpFile)));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = cpu.getCurrentThreadCpuTime();
        int extracted = 0;
        for (ReutersStory story : stories) {
            if (story.places().isEmpty() && story.people().isEmpty() && story.orgs().isEmpty()) {
                continue;
            }
            ExtractionResult result = extractor.extract(
                    new ExtractionRequest(story.body(), ContentType.TEXT_PLAIN, story.title(), story.date()));
            extracted++;
            for (Field field : fields) {
                Set<String> gold = gold(story, field.name());
                if (!gold.isEmpty()) {
                    Set<String> predicted = score(field, gold, result.actors(), codes, peopleVocabulary);
                    if (dump != null) {
                        dump.printf("%s\t%s\t%s\t%s%n", story.id(), field.name(), new java.util.TreeSet<>(gold),
                                new java.util.TreeSet<>(predicted));
                    }
                }
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - started) / 1e9;
        if (dump != null) {
            dump.close();
        }
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Field field : fields) {
            EntityTally tally = field.tally();
            metrics.add(new Metric(field.name() + " micro precision", tally.microPrecision(), ""));
            metrics.add(new Metric(field.name() + " micro recall", tally.microRecall(), ""));
            metrics.add(new Metric(field.name() + " macro precision", tally.macroPrecision(), ""));
            metrics.add(new Metric(field.name() + " macro recall", tally.macroRecall(), ""));
            metrics.add(new Metric(field.name() + " precision in Reuters vocabulary", tally.inVocabularyPrecision(), ""));
            notes.add(String.format(Locale.ROOT, "%s: %d stories with gold %s", field.name(), tally.documents(), field.name()));
        }
        notes.add(String.format(Locale.ROOT, "%.0f stories per CPU second through the whole extractor (scoring included)",
                extracted / seconds));
        notes.add("Reuters tags a closed vocabulary (countries, 114 people, 32 organisations): any other actor the "
                + "extractor finds counts against plain precision; 'in Reuters vocabulary' counts only predictions "
                + "that map to a Reuters code");
        notes.add("places are tagged by story subject, often without the country being named (e.g. 'usa' for a New York "
                + "company story), which bounds recall");
        return new EvaluationReport(name(), dataset(), metrics, notes);
    }

    private static Set<String> score(Field field, Set<String> gold, List<ActorReference> actors, ReutersCodes codes,
                              Set<String> peopleVocabulary) {
        Set<String> predicted = new HashSet<>();
        Set<String> inVocabulary = new HashSet<>();
        for (ActorReference actor : actors) {
            if (actor.type() != field.type()) {
                continue;
            }
            Set<String> actorCodes = field.type() == ActorType.PERSON
                    ? ReutersCodes.personCodes(actor.canonicalName())
                    : codes.codesOf(field.name(), actor.canonicalName());
            Set<String> known = new HashSet<>(actorCodes);
            known.retainAll(field.type() == ActorType.PERSON ? peopleVocabulary : actorCodes);
            if (known.isEmpty()) {
                predicted.add("?" + actor.canonicalName());
                continue;
            }
            String code = known.stream().filter(gold::contains).findFirst().orElse(known.iterator().next());
            predicted.add(code);
            inVocabulary.add(code);
        }
        field.tally().add(gold, predicted, inVocabulary);
        return predicted;
    }

    private static Set<String> gold(ReutersStory story, String field) {
        return switch (field) {
            case "places" -> story.places();
            case "people" -> story.people();
            default -> story.orgs();
        };
    }
}
