package org.dictum.bench.tools;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.extraction.HtmlDecoding;
import org.dictum.domain.topic.skos.StarterTaxonomy;
import org.dictum.domain.topic.tagging.RuleTopicTagger;
import org.dictum.domain.topic.tagging.TopicRule;
import org.dictum.domain.topic.tagging.TopicTagger;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.search.application.ExtractionPreview;

/**
 * {@code ./dictum extract FILE|DIR ...}: extraction without a server. Prints one JSON line per
 * .html/.htm/.txt file ({@code {"file": ..., "result": <what POST /api/extract answers>}}), or
 * {@code {"file": ..., "error": ...}} for a file that cannot be read. Topics come from the starter
 * taxonomy's rules (a running archive uses its own, edited taxonomy).
 */
public final class ExtractFiles {

    private ExtractFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ./dictum extract FILE|DIR ...   (.html, .htm, .txt; directories are searched)");
            System.exit(2);
        }
        List<Path> files;
        try {
            files = inputs(args);
        } catch (IOException e) {
            System.err.println("dictum extract: " + e.getMessage());
            System.exit(2);
            return;
        }
        ArticleExtractor extractor = new RuleBasedArticleExtractor();
        TopicTagger topics = new RuleTopicTagger(StarterTaxonomy.scheme().concepts().stream()
                .map(c -> new TopicRule(c.prefLabel("en").orElseThrow().text(), c.matchTerms().stream().map(t -> t.text()).toList()))
                .toList());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(false))) {
            for (Path file : files) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", file.toString());
                try {
                    ExtractionResult result = extract(extractor, file);
                    String text = (result.title() == null ? "" : result.title() + "\n\n") + result.mainText();
                    line.put("result", ExtractionPreview.of(result, topics.tag(text)));
                } catch (IOException | RuntimeException e) {
                    failures++;
                    line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.println(json.toJson(line));
            }
        }
        if (failures > 0) {
            System.err.println(failures + " file(s) could not be extracted");
            System.exit(1);
        }
    }

    private static ExtractionResult extract(ArticleExtractor extractor, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean html = isHtml(file);
        String original = html ? HtmlDecoding.decode(bytes) : new String(bytes, StandardCharsets.UTF_8);
        return extractor.extract(new ExtractionRequest(original, html ? ContentType.TEXT_HTML : ContentType.TEXT_PLAIN,
                null, null, null));
    }

    static List<Path> inputs(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ExtractFiles::isSupported).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("No such file or directory: " + path);
            }
        }
        return files;
    }

    private static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
