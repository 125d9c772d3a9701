package org.dictum.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dictum.search.query.Attention;
import org.dictum.search.query.Histogram;

/** Up to five series of counts over time, laid out as SVG polylines with axis labels and a table. */
public class AttentionChart {

    static final String[] COLOURS = {"#1f5fbf", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a"};
    private static final double WIDTH = 800;
    private static final double HEIGHT = 240;
    private static final double LEFT = 40;
    private static final double BOTTOM = 20;

    private final List<Line> lines;
    private final List<String> bucketLabels;
    private final long max;
    private final String interval;

    AttentionChart(Attention attention) {
        this.interval = attention.interval().parameter();
        List<Attention.Series> series = attention.series();
        int buckets = series.stream().mapToInt(s -> s.buckets().size()).max().orElse(0);
        this.max = Math.max(1, series.stream().flatMap(s -> s.buckets().stream())
                .mapToLong(Histogram.Bucket::count).max().orElse(0));
        this.bucketLabels = series.isEmpty() || series.get(0).buckets().isEmpty() ? List.of()
                : series.get(0).buckets().stream().map(b -> b.start().toString()).toList();
        this.lines = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            lines.add(new Line(series.get(i), COLOURS[i % COLOURS.length], buckets));
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<String> getBucketLabels() {
        return bucketLabels;
    }

    public long getMax() {
        return max;
    }

    public String getInterval() {
        return interval;
    }

    public String getViewBox() {
        return "0 0 " + (int) WIDTH + " " + (int) HEIGHT;
    }

    public String getFirstLabel() {
        return bucketLabels.isEmpty() ? "" : bucketLabels.get(0);
    }

    public String getLastLabel() {
        return bucketLabels.isEmpty() ? "" : bucketLabels.get(bucketLabels.size() - 1);
    }

    /** One query's line. */
    public class Line {
        private final Attention.Series series;
        private final String colour;
        private final String points;

        Line(Attention.Series series, String colour, int buckets) {
            this.series = series;
            this.colour = colour;
            StringBuilder builder = new StringBuilder();
            double step = buckets <= 1 ? 0 : (WIDTH - LEFT - 10) / (buckets - 1);
            for (int i = 0; i < series.buckets().size(); i++) {
                double x = LEFT + (buckets <= 1 ? (WIDTH - LEFT) / 2 : i * step);
                double y = (HEIGHT - BOTTOM) - (HEIGHT - BOTTOM - 10) * series.buckets().get(i).count() / (double) max;
                builder.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            this.points = builder.toString().strip();
        }

        public String getQuery() {
            return series.query();
        }

        public long getTotal() {
            return series.total();
        }

        public String getColour() {
            return colour;
        }

        public String getPoints() {
            return points;
        }

        /** The points as [x, y] pairs, drawn as dots so that single buckets show too. */
        public List<String[]> getDots() {
            return points.isEmpty() ? List.of() : Arrays.stream(points.split(" ")).map(p -> p.split(",")).toList();
        }

        public List<Long> getCounts() {
            return series.buckets().stream().map(Histogram.Bucket::count).toList();
        }
    }
}
