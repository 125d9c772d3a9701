package org.dictum.bench.maintext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dictum.bench.Evaluation;
import org.dictum.bench.EvaluationReport;
import org.dictum.bench.EvaluationReport.Metric;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.HtmlDecoding;
import org.dictum.domain.extraction.HtmlMainText;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;

/**
 * Main text from HTML on L3S-GN1: token precision, recall and F1 against the gold body, averaged over pages; the
 * share of extracted tokens that come from comments or related content ({@link NoiseShare}, summed over all pages);
 * the same F1 without per-site rules; pages per second for decoding and extraction on one thread; and, from the
 * whole extractor, how well the metadata title matches the gold headline and how often date, authors and the
 * (English) language are found.
 * With {@code -Ddictum.bench.dump=DIR} it writes each page's extracted text and a per-page score table there.
 */
public final class MainTextEvaluation implements Evaluation {

    private static final int WORST_LISTED = 8;

    @Override
    public String name() {
        return "main-text";
    }

    @Override
    public String dataset() {
        return "l3s-gn1";
    }

    @Override
    public EvaluationReport run(Path dataDir) throws IOException {
        L3sGn1 dataset = new L3sGn1(dataDir.resolve(dataset()));
        List<GoldPage> pages = dataset.pages();
        List<byte[]> htmls = new ArrayList<>();
        for (GoldPage page : pages) {
            htmls.add(dataset.html(page));
        }
        Pass withoutSiteRules = Pass.run(HtmlMainText.withoutSiteRules(), pages, htmls);
        Pass standard = Pass.run(HtmlMainText.standard(), pages, htmls);
        dump(pages, standard);
        MetadataPass metadata = MetadataPass.run(pages, htmls);

        List<Metric> metrics = List.of(
                new Metric("mean token F1", standard.meanF1(), "≥ 0.95"),
                new Metric("mean token precision", standard.meanPrecision(), ""),
                new Metric("mean token recall", standard.meanRecall(), ""),
                new Metric("share of extracted tokens from comments/related", standard.noiseShare(), "< 0.02"),
                new Metric("mean token F1 without site rules", withoutSiteRules.meanF1(), ""),
                new Metric("pages with F1 < 0.8", standard.pagesBelow(0.8), ""),
                new Metric("pages/s (decode + extract, 1 thread, wall clock)", standard.pagesPerSecond(), ""),
                new Metric("pages per CPU-second (decode + extract)", standard.pagesPerCpuSecond(), ""),
                new Metric("mean headline token F1 (metadata title vs gold headline)", metadata.headlineF1(), ""),
                new Metric("share of pages with a publication date", metadata.datedShare(), ""),
                new Metric("share of pages with authors", metadata.authoredShare(), ""),
                new Metric("share of pages whose language is 'en' (all are English)", metadata.englishShare(), ""));
        List<String> notes = List.of(
                pages.size() + " pages; tokens are lower-cased runs of letters and digits, matched as multisets;"
                        + " P, R, F1 computed per page, then averaged",
                "comments/related share = Σ over pages of |(extracted − gold) ∩ (comments + related_content)|"
                        + " / Σ extracted tokens (multisets); an upper bound, as common words also match",
                "worst pages: " + standard.worst(WORST_LISTED));
        return new EvaluationReport(name(), dataset(), metrics, notes);
    }

    private static void dump(List<GoldPage> pages, Pass pass) throws IOException {
        String dir = System.getProperty("dictum.bench.dump");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir);
        Files.createDirectories(out);
        StringBuilder table = new StringBuilder("id\tf1\tprecision\trecall\n");
        for (int i = 0; i < pages.size(); i++) {
            PageScore score = pass.scores().get(i);
            Files.writeString(out.resolve(pages.get(i).id() + ".txt"), pass.texts().get(i), StandardCharsets.UTF_8);
            table.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f%n", pages.get(i).id(),
                    score.overlap().f1(), score.overlap().precision(), score.overlap().recall()));
        }
        Files.writeString(out.resolve("scores.tsv"), table, StandardCharsets.UTF_8);
    }

    /** Metadata as the whole extractor reports it for each page, without a supplied title or date. */
    private record MetadataPass(List<DocumentMetadata> metadata, List<GoldPage> pages) {

        static MetadataPass run(List<GoldPage> pages, List<byte[]> htmls) {
            RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();
            List<DocumentMetadata> metadata = new ArrayList<>();
            for (byte[] html : htmls) {
                metadata.add(extractor.extract(new ExtractionRequest(HtmlDecoding.decode(html), ContentType.TEXT_HTML,
                        null, null)).metadata());
            }
            return new MetadataPass(metadata, pages);
        }

        double headlineF1() {
            double sum = 0;
            for (int i = 0; i < pages.size(); i++) {
                sum += TokenOverlap.of(DocumentMetadata.valueOf(metadata.get(i).title()), pages.get(i).headline()).f1();
            }
            return sum / pages.size();
        }

        double datedShare() {
            return share(m -> m.publishedAt() != null);
        }

        double authoredShare() {
            return share(m -> m.authors() != null);
        }

        double englishShare() {
            return share(m -> "en".equals(DocumentMetadata.valueOf(m.language())));
        }

        private double share(java.util.function.Predicate<DocumentMetadata> test) {
            return (double) metadata.stream().filter(test).count() / metadata.size();
        }
    }

    private record PageScore(String id, TokenOverlap overlap, NoiseShare noise) {
    }

    private record Pass(List<PageScore> scores, List<String> texts, double seconds, double cpuSeconds) {

        static Pass run(HtmlMainText extractor, List<GoldPage> pages, List<byte[]> htmls) {
            List<String> texts = new ArrayList<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            for (byte[] html : htmls) {
                texts.add(extractor.extract(HtmlDecoding.decode(html), null).text());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            List<PageScore> scores = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                GoldPage page = pages.get(i);
                scores.add(new PageScore(page.id(), TokenOverlap.of(texts.get(i), page.fullText()),
                        NoiseShare.of(texts.get(i), page)));
            }
            return new Pass(scores, texts, seconds, cpuSeconds);
        }

        double meanF1() {
            return scores.stream().mapToDouble(score -> score.overlap().f1()).average().orElse(0);
        }

        double meanPrecision() {
            return scores.stream().mapToDouble(score -> score.overlap().precision()).average().orElse(0);
        }

        double meanRecall() {
            return scores.stream().mapToDouble(score -> score.overlap().recall()).average().orElse(0);
        }

        double noiseShare() {
            long extracted = scores.stream().mapToLong(score -> score.noise().extracted()).sum();
            long noise = scores.stream().mapToLong(score -> score.noise().noise()).sum();
            return extracted == 0 ? 0 : (double) noise / extracted;
        }

        double pagesBelow(double f1) {
            return scores.stream().filter(score -> score.overlap().f1() < f1).count();
        }

        double pagesPerSecond() {
            return scores.size() / seconds;
        }

        /** Unlike wall-clock time, not slowed down by other processes on a shared machine. */
        double pagesPerCpuSecond() {
            return scores.size() / cpuSeconds;
        }

        String worst(int count) {
            return String.join(", ", scores.stream()
                    .sorted(Comparator.comparingDouble(score -> score.overlap().f1()))
                    .limit(count)
                    .map(score -> String.format(Locale.ROOT, "%s (%.2f)", score.id(), score.overlap().f1()))
                    .toList());
        }
    }
}
