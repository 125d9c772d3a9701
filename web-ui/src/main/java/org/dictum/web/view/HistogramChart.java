package org.dictum.web.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dictum.search.query.Histogram;

/** A date histogram laid out as SVG bars; each bar links to the search narrowed to its dates. */
public class HistogramChart {

    static final double WIDTH = 640;
    static final double HEIGHT = 110;

    private final String interval;
    private final List<HistogramBar> bars;
    private final String baseUrl;

    private HistogramChart(String interval, List<HistogramBar> bars, String baseUrl) {
        this.interval = interval;
        this.bars = bars;
        this.baseUrl = baseUrl;
    }

    /**
     * @param url  the current search; bars replace its date range
     * @param from the search's first day, or null: a bar that starts before it (a month bar of a search from the
     *             8th) counts only the days from it on, so its dates and link start there too; a link to the
     *             whole bucket would widen the search and show more than the bar counts
     * @param to   the search's last day, or null, likewise for the bar that ends after it
     */
    static HistogramChart of(Histogram histogram, SearchUrl url, LocalDate from, LocalDate to) {
        SearchUrl withoutDates = url.withoutAll("from").withoutAll("to");
        long max = histogram.buckets().stream().mapToLong(Histogram.Bucket::count).max().orElse(0);
        int n = histogram.buckets().size();
        double slot = n == 0 ? WIDTH : WIDTH / n;
        List<HistogramBar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Histogram.Bucket bucket = histogram.buckets().get(i);
            double height = max == 0 ? 0 : Math.max(bucket.count() > 0 ? 2 : 0, (HEIGHT - 4) * bucket.count() / max);
            LocalDate start = from != null && from.isAfter(bucket.start()) ? from : bucket.start();
            LocalDate end = to != null && to.isBefore(bucket.end().minusDays(1)) ? to : bucket.end().minusDays(1);
            String first = start.toString();
            String last = end.toString();
            bars.add(new HistogramBar(first, last, bucket.count(), i * slot, HEIGHT - height, Math.max(1, slot - 1),
                    height, withoutDates.with("from", first).with("to", last).toString()));
        }
        return new HistogramChart(histogram.interval().parameter(), bars, withoutDates.toString());
    }

    public String getInterval() {
        return interval;
    }

    public List<HistogramBar> getBars() {
        return bars;
    }

    /** The search without dates, for the brushing script to add the chosen range to. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public String getFirst() {
        return bars.isEmpty() ? "" : bars.get(0).getStart();
    }

    public String getLast() {
        return bars.isEmpty() ? "" : bars.get(bars.size() - 1).getLast();
    }

    public String getViewBox() {
        return "0 0 " + HistogramBar.format(WIDTH) + " " + HistogramBar.format(HEIGHT);
    }
}
