package org.dictum.bench.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.dictum.bench.Evaluation;
import org.dictum.bench.EvaluationReport;
import org.dictum.bench.EvaluationReport.Metric;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.domain.statement.TextSpan;

/**
 * Statement finding against PolNeAR's attributions (dev split, train for comparison). Each article goes through the
 * extractor as plain text without a title, like a plain-text submission; predicted spans are mapped from the main
 * text back to the article's offsets with {@link MainTextAlignment}. A prediction matches a gold attribution when
 * their contents share at least half their word tokens (token Jaccard ≥ 0.5, one-to-one, greedy by Jaccard). For
 * matched pairs the source is right when the predicted speaker mention overlaps the gold Source span (pairs whose
 * gold has no source are not judged) and the cue is right when the predicted cue overlaps the gold Cue span.
 *
 * <p>Set the system property {@value #DUMP_PROPERTY} to a folder to get one TSV per split with every prediction and
 * gold attribution and how they matched, for error analysis. For tuning without looking at dev, set
 * {@value #SPLITS_PROPERTY} to {@code train} and {@value #TRAIN_ARTICLES_PROPERTY} to the articles to score, 1-based
 * and inclusive in the order of their names ({@code 701-840}: the ones a model trained on the first 700 has not seen).
 */
public final class AttributionEvaluation implements Evaluation {

    static final String DUMP_PROPERTY = "dictum.bench.attribution.dump";
    static final String SPLITS_PROPERTY = "dictum.bench.attribution.splits";
    static final String TRAIN_ARTICLES_PROPERTY = "dictum.bench.attribution.train-articles";
    /** Throughput is measured in CPU time of the extracting thread: the machine is shared, wall time is not ours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public String dataset() {
        return "polnear";
    }

    @Override
    public EvaluationReport run(Path dataDir) throws IOException {
        AttributionCorpus corpus = new AttributionCorpus(dataDir.resolve(dataset()));
        RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String split : System.getProperty(SPLITS_PROPERTY, "dev,train").split(",")) {
            List<AttributionDocument> documents = articlesToScore(split, corpus.split(split));
            SplitResult result = score(extractor, documents, dumpFile(split));
            boolean dev = split.equals("dev");
            metrics.addAll(result.metrics(split, dev));
            notes.add(String.format(Locale.ROOT, "%s: %d articles, %d gold attributions (%d direct), %d predicted, "
                            + "%d matched; source judged on %d matched pairs with a gold source; %.0f docs per CPU second (JIT warm-up included)",
                    split, documents.size(), result.all().goldCount(), result.direct().goldCount(),
                    result.all().predictedCount(), result.all().matchedCount(), result.all().sourceJudgedCount(),
                    result.docsPerSecond()));
        }
        notes.add("direct = at least half of the content's word tokens lie between double quotation marks; "
                + "the same rule classes gold and predicted contents");
        notes.add("articles with several annotators: the annotation file that sorts first is used");
        return new EvaluationReport(name(), dataset(), metrics, notes);
    }

    private static List<AttributionDocument> articlesToScore(String split, List<AttributionDocument> documents) {
        String range = System.getProperty(TRAIN_ARTICLES_PROPERTY);
        if (!split.equals("train") || range == null) {
            return documents;
        }
        String[] bounds = range.split("-");
        int first = Integer.parseInt(bounds[0].trim());
        int last = Math.min(documents.size(), Integer.parseInt(bounds[1].trim()));
        return documents.subList(first - 1, last);
    }

    private static SplitResult score(RuleBasedArticleExtractor extractor, List<AttributionDocument> documents, Path dump)
            throws IOException {
        AttributionTally all = new AttributionTally();
        AttributionTally direct = new AttributionTally();
        AttributionTally indirect = new AttributionTally();
        long extractionNanos = 0;
        try (PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            if (out != null) {
                out.println("document\trole\tjaccard\tsource_ok\tcue_ok\tsource\tcue\tcontent\tcontent_start\tcontent_end");
            }
            for (AttributionDocument document : documents) {
                long started = CPU.getCurrentThreadCpuTime();
                ExtractionResult result = extractor.extract(new ExtractionRequest(
                        document.text(), ContentType.TEXT_PLAIN, null, document.published()));
                extractionNanos += CPU.getCurrentThreadCpuTime() - started;
                new DocumentScore(document, predictions(document.text(), result)).addTo(all, direct, indirect, out);
            }
        }
        return new SplitResult(all, direct, indirect, documents.size() / (extractionNanos / 1e9));
    }

    private static List<PredictedAttribution> predictions(String original, ExtractionResult result) {
        MainTextAlignment alignment = MainTextAlignment.of(original, result.mainText());
        List<PredictedAttribution> predictions = new ArrayList<>();
        for (ExtractedStatement statement : result.statements()) {
            predictions.add(new PredictedAttribution(original(alignment, statement.span()),
                    original(alignment, statement.speakerSpan()), original(alignment, statement.cueSpan())));
        }
        return predictions;
    }

    private static CharSpan original(MainTextAlignment alignment, TextSpan span) {
        return span == null ? null : alignment.toOriginal(span.start(), span.end());
    }

    private static Path dumpFile(String split) throws IOException {
        String folder = System.getProperty(DUMP_PROPERTY);
        if (folder == null) {
            return null;
        }
        Files.createDirectories(Path.of(folder));
        return Path.of(folder, "attribution-" + split + ".tsv");
    }

    private record SplitResult(AttributionTally all, AttributionTally direct, AttributionTally indirect,
                               double docsPerSecond) {

        List<Metric> metrics(String split, boolean withTargets) {
            List<Metric> metrics = new ArrayList<>();
            metrics.add(new Metric(split + " content precision", all.precision(), ""));
            metrics.add(new Metric(split + " content recall", all.recall(), ""));
            metrics.add(new Metric(split + " content F1", all.f1(), withTargets ? "≥ 0.75" : ""));
            metrics.add(new Metric(split + " direct precision", direct.precision(), ""));
            metrics.add(new Metric(split + " direct recall", direct.recall(), ""));
            metrics.add(new Metric(split + " direct F1", direct.f1(), ""));
            metrics.add(new Metric(split + " indirect precision", indirect.precision(), ""));
            metrics.add(new Metric(split + " indirect recall", indirect.recall(), ""));
            metrics.add(new Metric(split + " indirect F1", indirect.f1(), ""));
            metrics.add(new Metric(split + " source accuracy (matched)", all.sourceAccuracy(), withTargets ? "≥ 0.85" : ""));
            metrics.add(new Metric(split + " cue accuracy (matched)", all.cueAccuracy(), ""));
            return metrics;
        }
    }

    /** One article's predictions and gold attributions, as token sets, matched. */
    private static final class DocumentScore {

        private final AttributionDocument document;
        private final List<PredictedAttribution> predictions;
        private final WordPositions words;
        private final QuotedText quoted;
        private final List<BitSet> predictedTokens = new ArrayList<>();
        private final List<BitSet> goldTokens = new ArrayList<>();

        DocumentScore(AttributionDocument document, List<PredictedAttribution> predictions) {
            this.document = document;
            this.predictions = predictions;
            this.words = new WordPositions(document.text());
            this.quoted = new QuotedText(document.text());
            predictions.forEach(prediction -> predictedTokens.add(words.tokensIn(List.of(prediction.content()))));
            document.attributions().forEach(gold -> goldTokens.add(words.tokensIn(gold.content())));
        }

        void addTo(AttributionTally all, AttributionTally direct, AttributionTally indirect, PrintWriter dump) {
            List<AttributionMatching.Match> matches = AttributionMatching.match(predictedTokens, goldTokens);
            AttributionMatching.Match[] byPrediction = new AttributionMatching.Match[predictions.size()];
            AttributionMatching.Match[] byGold = new AttributionMatching.Match[goldTokens.size()];
            matches.forEach(match -> {
                byPrediction[match.predicted()] = match;
                byGold[match.gold()] = match;
            });
            for (int p = 0; p < predictions.size(); p++) {
                AttributionTally tally = quoted.isDirect(predictedTokens.get(p), words) ? direct : indirect;
                all.predicted();
                tally.predicted();
                if (byPrediction[p] != null) {
                    all.matchedPrediction();
                    tally.matchedPrediction();
                } else if (dump != null) {
                    PredictedAttribution prediction = predictions.get(p);
                    line(dump, "predicted", 0, null, false, prediction.source(), prediction.cue(), prediction.content());
                }
            }
            for (int g = 0; g < goldTokens.size(); g++) {
                GoldAttribution gold = document.attributions().get(g);
                AttributionTally tally = quoted.isDirect(goldTokens.get(g), words) ? direct : indirect;
                all.gold();
                tally.gold();
                AttributionMatching.Match match = byGold[g];
                if (match != null) {
                    PredictedAttribution prediction = predictions.get(match.predicted());
                    Boolean sourceCorrect = gold.hasSource() ? overlapsAny(prediction.source(), gold.source()) : null;
                    boolean cueCorrect = overlapsAny(prediction.cue(), gold.cue());
                    all.matchedGold(sourceCorrect, cueCorrect);
                    tally.matchedGold(sourceCorrect, cueCorrect);
                    if (dump != null) {
                        line(dump, "matched-predicted", match.jaccard(), sourceCorrect, cueCorrect, prediction.source(),
                                prediction.cue(), prediction.content());
                    }
                }
                if (dump != null) {
                    line(dump, match == null ? "missed-gold" : "matched-gold", match == null ? 0 : match.jaccard(), null,
                            false, first(gold.source()), first(gold.cue()), hull(gold.content()));
                }
            }
        }

        private void line(PrintWriter dump, String role, double jaccard, Boolean sourceOk, boolean cueOk,
                          CharSpan source, CharSpan cue, CharSpan content) {
            dump.printf(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t%d\t%d%n", document.name(), role, jaccard,
                    sourceOk == null ? "" : sourceOk, cueOk, text(source), text(cue), text(content), content.start(),
                    content.end());
        }

        private String text(CharSpan span) {
            return span == null ? "" : document.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
        }

        private static boolean overlapsAny(CharSpan predicted, List<CharSpan> gold) {
            return predicted != null && gold.stream().anyMatch(predicted::overlaps);
        }

        private static CharSpan first(List<CharSpan> spans) {
            return spans.isEmpty() ? null : spans.get(0);
        }

        private static CharSpan hull(List<CharSpan> spans) {
            return new CharSpan(spans.stream().mapToInt(CharSpan::start).min().orElse(0),
                    spans.stream().mapToInt(CharSpan::end).max().orElse(0));
        }
    }
}
