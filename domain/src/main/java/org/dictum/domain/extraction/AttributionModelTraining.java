package org.dictum.domain.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trains the learned attribution model from PolNeAR's brat annotations (the train split only) and writes it where
 * the extractor looks for it. The build runs it when the data is there ({@code ../shared/data/polnear}); without
 * the data it writes nothing and the extractor keeps to its rules.
 * <p>
 * Arguments: the folder of the split (holding {@code text/} and {@code attributions/}), the model file to write,
 * optionally the number of articles to train on (the rest is left out, for tuning: the trainer then prints how the
 * model decides on the rest, see {@link AttributionDecoderCheck}).
 */
public final class AttributionModelTraining {

    static final int EPOCHS = 6;
    private static final List<String> MODEL_CLASSES = List.of("AttributionModelTraining", "AttributionFeatures",
            "AttributionDecoder", "AveragedPerceptron", "LinearModel", "BratSpans", "Sentence");

    /** A gold attribution as token indices of the whole text (ends inclusive), -1 where absent. */
    record GoldAttribution(int cueFrom, int cueEnd, int contentFrom, int contentEnd) {
    }

    private final Tokenizer tokenizer = Tokenizer.english();
    private final SentenceSplitter splitter = SentenceSplitter.english();
    private final CueLexicon lexicon = CueLexicon.english();
    private final AveragedPerceptron perceptron = new AveragedPerceptron();

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args[0]);
        Path output = Path.of(args[1]);
        if (!Files.isDirectory(split.resolve("attributions"))) {
            System.out.println("No PolNeAR data at " + split + ": no attribution model trained, the rules work alone");
            return;
        }
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        if (isUpToDate(output)) {
            System.out.println("Attribution model up to date: " + output);
            return;
        }
        List<Path> all = firstAnnotationPerArticle(split.resolve("attributions"));
        List<Path> annotations = all.stream().limit(limit).toList();
        long started = System.nanoTime();
        AttributionModelTraining training = new AttributionModelTraining();
        LinearModel model = training.train(split, annotations);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        }
        System.out.printf("Attribution model trained on %d PolNeAR articles in %.1f s: %s%n", annotations.size(),
                (System.nanoTime() - started) / 1e9, output);
        if (annotations.size() < all.size()) {
            System.out.printf("Held-out articles %d-%d: %s%n", annotations.size() + 1, all.size(),
                    training.check(split, all.subList(annotations.size(), all.size()), model).summary());
        }
    }

    /** The model is newer than the classes that train and read it (they sit next to it in a build). */
    private static boolean isUpToDate(Path model) throws IOException {
        if (!Files.exists(model)) {
            return false;
        }
        for (String trainer : MODEL_CLASSES) {
            Path classFile = model.resolveSibling(trainer + ".class");
            if (!Files.exists(classFile) || Files.getLastModifiedTime(classFile).compareTo(Files.getLastModifiedTime(model)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Articles with several annotators: the annotation file that sorts first, as in the evaluation. */
    static List<Path> firstAnnotationPerArticle(Path folder) throws IOException {
        Map<String, Path> first = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".ann")).sorted().toList()) {
                String name = file.getFileName().toString();
                first.putIfAbsent(name.substring(0, name.lastIndexOf('_')), file);
            }
        }
        return List.copyOf(first.values());
    }

    private LinearModel train(Path split, List<Path> annotations) throws IOException {
        List<Article> articles = articles(split, annotations);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (Article article : articles) {
                article.sentences().forEach(this::learn);
            }
        }
        return perceptron.averaged();
    }

    /** The decisions of {@code model} on articles it was not trained on, at the extractor's cue threshold. */
    private AttributionDecoderCheck check(Path split, List<Path> annotations, LinearModel model) throws IOException {
        AttributionDecoder decoder = new AttributionDecoder(model::score, LearnedStatementFinder.CUE_THRESHOLD);
        AttributionDecoderCheck check = new AttributionDecoderCheck();
        for (Article article : articles(split, annotations)) {
            for (TrainingSentence sentence : article.sentences()) {
                check.add(decoder, sentence.features(), sentence.byCueEnd().values());
            }
        }
        return check;
    }

    private List<Article> articles(Path split, List<Path> annotations) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path annotation : annotations) {
            String name = annotation.getFileName().toString();
            String text = Files.readString(split.resolve("text").resolve(name.substring(0, name.lastIndexOf('_')) + ".txt"));
            articles.add(article(text, Files.readAllLines(annotation)));
        }
        return articles;
    }

    /** One sentence's features and its gold attributions (token indices of the sentence), keyed by cue end. */
    private record TrainingSentence(AttributionFeatures features, Map<Integer, GoldAttribution> byCueEnd) {
    }

    private record Article(List<TrainingSentence> sentences) {
    }

    private Article article(String text, List<String> brat) {
        List<Token> tokens = tokenizer.tokens(text, 0, text.length());
        List<QuotedSpan> quotes = QuotationMarks.find(text);
        List<int[]> gold = BratSpans.attributions(brat);
        List<TrainingSentence> sentences = new ArrayList<>();
        for (List<Token> inSentence : Sentence.tokensOf(splitter.split(text), tokens)) {
            if (!inSentence.isEmpty()) {
                sentences.add(new TrainingSentence(new AttributionFeatures(inSentence,
                        CuedStatementFinder.quotedTokens(inSentence, quotes), lexicon), goldIn(inSentence, gold)));
            }
        }
        return new Article(sentences);
    }

    /** Gold attributions whose cue lies in the sentence; a content is clipped to the sentence. */
    private static Map<Integer, GoldAttribution> goldIn(List<Token> tokens, List<int[]> gold) {
        Map<Integer, GoldAttribution> byCueEnd = new HashMap<>();
        for (int[] offsets : gold) {
            int cueFrom = firstTokenFrom(tokens, offsets[0]);
            int cueEnd = lastTokenBefore(tokens, offsets[1]);
            if (cueFrom < 0 || cueEnd < cueFrom || tokens.get(cueFrom).start() >= offsets[1]) {
                continue;
            }
            int contentFrom = firstTokenFrom(tokens, offsets[2]);
            int contentEnd = lastTokenBefore(tokens, offsets[3]);
            if (offsets[2] < tokens.get(0).start()) {
                contentFrom = 0;
            }
            if (contentFrom < 0 || contentEnd < contentFrom) {
                contentFrom = -1;
                contentEnd = -1;
            }
            byCueEnd.putIfAbsent(cueEnd, new GoldAttribution(cueFrom, cueEnd, contentFrom, contentEnd));
        }
        return byCueEnd;
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    private void learn(TrainingSentence sentence) {
        AttributionFeatures features = sentence.features();
        for (int i = 0; i < features.size(); i++) {
            GoldAttribution gold = sentence.byCueEnd().get(i);
            if (!features.quoted(i)) {
                perceptron.learn(features.cueEnd(i), gold != null);
            }
            if (gold != null) {
                learnAttribution(features, gold);
            }
        }
    }

    private void learnAttribution(AttributionFeatures features, GoldAttribution gold) {
        int end = gold.cueEnd();
        if (end - gold.cueFrom() < AttributionDecoder.MAX_CUE_TOKENS) {
            rank(AttributionDecoder.cueStarts(end), gold.cueFrom(), candidate -> features.cueStart(candidate, end));
        }
        if (gold.contentFrom() < 0) {
            return;
        }
        int from = gold.cueFrom();
        boolean after = gold.contentFrom() > end;
        if (end + 1 < features.size()) {
            perceptron.learn(features.contentAfter(from, end), after);
        }
        if (after) {
            if (gold.contentFrom() - end <= AttributionDecoder.MAX_START_OFFSET) {
                rank(AttributionDecoder.startsAfter(features, end), gold.contentFrom(),
                        candidate -> features.startAfter(end, candidate));
            }
            int start = gold.contentFrom();
            rank(AttributionDecoder.ends(start, features.size() - 1), gold.contentEnd(),
                    candidate -> features.endAt('e', start, candidate, end));
        } else if (gold.contentEnd() < from) {
            rank(AttributionDecoder.ends(0, from - 1), gold.contentFrom(), candidate -> features.startBefore(candidate, from));
            int start = gold.contentFrom();
            rank(AttributionDecoder.ends(start, from - 1), gold.contentEnd(),
                    candidate -> features.endAt('l', start, candidate, end));
        }
    }

    private void rank(int[] candidates, int gold, java.util.function.IntFunction<List<String>> featuresOf) {
        List<String> goldFeatures = null;
        List<String> bestFeatures = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate : candidates) {
            List<String> features = featuresOf.apply(candidate);
            double score = perceptron.score(features);
            if (candidate == gold) {
                goldFeatures = features;
            }
            if (score > bestScore) {
                bestScore = score;
                bestFeatures = features;
            }
        }
        if (goldFeatures != null) {
            perceptron.prefer(goldFeatures, bestFeatures);
        }
    }
}
