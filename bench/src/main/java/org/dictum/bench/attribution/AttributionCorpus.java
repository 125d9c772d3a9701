package org.dictum.bench.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PolNeAR v1.0 as distributed: {@code data/<split>/text/<name>.txt} and
 * {@code data/<split>/attributions/<name>_<annotator>.ann}. A few articles were annotated by several annotators;
 * the annotation file that sorts first is used, so every article counts once. Articles without annotation file
 * are left out.
 */
final class AttributionCorpus {

    private static final Pattern ANNOTATION_FILE = Pattern.compile("(?<name>.+)_[0-9a-f]+\\.ann");
    private static final Pattern DATE_IN_NAME = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private final Path root;

    /** @param root the {@code polnear} folder */
    AttributionCorpus(Path root) {
        this.root = root;
    }

    List<AttributionDocument> split(String split) throws IOException {
        Path folder = root.resolve("data").resolve(split);
        Map<String, Path> annotationByName = firstAnnotationPerArticle(folder.resolve("attributions"));
        List<AttributionDocument> documents = new ArrayList<>();
        for (Map.Entry<String, Path> entry : annotationByName.entrySet()) {
            Path textFile = folder.resolve("text").resolve(entry.getKey() + ".txt");
            if (Files.exists(textFile)) {
                documents.add(new AttributionDocument(entry.getKey(), Files.readString(textFile, StandardCharsets.UTF_8),
                        publicationDate(entry.getKey()),
                        BratAttributions.parse(Files.readAllLines(entry.getValue(), StandardCharsets.UTF_8))));
            }
        }
        return documents;
    }

    private static Map<String, Path> firstAnnotationPerArticle(Path folder) throws IOException {
        Map<String, Path> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(file -> {
                Matcher name = ANNOTATION_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    byName.putIfAbsent(name.group("name"), file);
                }
            });
        }
        return byName;
    }

    private static LocalDate publicationDate(String name) {
        Matcher date = DATE_IN_NAME.matcher(name);
        return date.find() ? LocalDate.parse(date.group(1)) : null;
    }
}
