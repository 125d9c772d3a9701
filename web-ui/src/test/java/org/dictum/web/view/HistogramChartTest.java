package org.dictum.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.Interval;
import org.junit.jupiter.api.Test;

class HistogramChartTest {

    private static final Histogram MONTHS = new Histogram("statement", Interval.MONTH, List.of(
            new Histogram.Bucket(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 6),
            new Histogram.Bucket(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1), 4)));

    private static SearchUrl search(String from, String to) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of("missiles"));
        parameters.put("from", List.of(from));
        parameters.put("to", List.of(to));
        return new SearchUrl("/", parameters);
    }

    @Test
    void bars_cut_by_the_searched_dates_link_to_the_days_they_count_not_to_their_whole_bucket() {
        HistogramChart chart = HistogramChart.of(MONTHS, search("2022-01-08", "2022-02-10"),
                LocalDate.of(2022, 1, 8), LocalDate.of(2022, 2, 10));

        HistogramBar january = chart.getBars().get(0);
        HistogramBar february = chart.getBars().get(1);
        assertThat(january.getUrl()).isEqualTo("/?q=missiles&from=2022-01-08&to=2022-01-31");
        assertThat(january.getLabel()).isEqualTo("2022-01-08 to 2022-01-31: 6");
        assertThat(february.getUrl()).isEqualTo("/?q=missiles&from=2022-02-01&to=2022-02-10");
        assertThat(february.getStart()).isEqualTo("2022-02-01");
        assertThat(february.getLast()).isEqualTo("2022-02-10");
        assertThat(chart.getFirst()).isEqualTo("2022-01-08");
        assertThat(chart.getLast()).isEqualTo("2022-02-10");
    }

    @Test
    void without_searched_dates_bars_link_to_their_whole_bucket() {
        HistogramChart chart = HistogramChart.of(MONTHS, new SearchUrl("/", Map.of("q", List.of("missiles"))), null, null);

        assertThat(chart.getBars()).extracting(HistogramBar::getUrl).containsExactly(
                "/?q=missiles&from=2022-01-01&to=2022-01-31", "/?q=missiles&from=2022-02-01&to=2022-02-28");
        assertThat(chart.getBaseUrl()).isEqualTo("/?q=missiles");
    }
}
