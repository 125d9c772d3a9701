package org.dictum.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.query.Interval;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementSearch;
import org.dictum.search.query.syntax.QuerySyntaxException;

/** Attention over time: how often up to five queries were said, side by side. The URL holds the state. */
@Named
@RequestScoped
public class AttentionView {

    @Inject
    StatementSearch statements;

    private List<String> queries = List.of();
    private String interval;
    private String date;
    private AttentionChart chart;
    private String error;

    public void load() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        queries = Arrays.stream(parameters.getOrDefault("compare", new String[0]))
                .map(String::strip).filter(q -> !q.isEmpty()).distinct().toList();
        interval = first(parameters, "interval");
        date = first(parameters, "date") == null ? "statement" : first(parameters, "date");
        if (queries.isEmpty()) {
            return;
        }
        try {
            Interval width = Interval.parse(interval);
            chart = new AttentionChart(statements.attention(
                    new SearchRequest(null, Map.of(), null, null, null, 1, 0, width), queries, date));
        } catch (InvalidInputException | QuerySyntaxException e) {
            error = e.getMessage();
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }

    /** Five input boxes, filled with the current queries. */
    public List<String> getInputs() {
        List<String> inputs = new ArrayList<>(queries);
        while (inputs.size() < StatementSearch.MAX_ATTENTION_SERIES) {
            inputs.add("");
        }
        return inputs.subList(0, StatementSearch.MAX_ATTENTION_SERIES);
    }

    public AttentionChart getChart() {
        return chart;
    }

    public String getError() {
        return error;
    }

    public String getInterval() {
        return interval;
    }

    public String getDate() {
        return date;
    }
}
