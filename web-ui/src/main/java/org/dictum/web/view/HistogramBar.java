package org.dictum.web.view;

/** One bar of a date histogram drawn as SVG, with the link that filters to its dates. */
public class HistogramBar {

    private final String start;
    private final String last;
    private final long count;
    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private final String url;

    HistogramBar(String start, String last, long count, double x, double y, double width, double height, String url) {
        this.start = start;
        this.last = last;
        this.count = count;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.url = url;
    }

    public String getStart() {
        return start;
    }

    /** The last day in the bar (inclusive), as the {@code to} filter wants it. */
    public String getLast() {
        return last;
    }

    public long getCount() {
        return count;
    }

    public String getX() {
        return format(x);
    }

    public String getY() {
        return format(y);
    }

    public String getWidth() {
        return format(width);
    }

    public String getHeight() {
        return format(height);
    }

    public String getUrl() {
        return url;
    }

    public String getLabel() {
        return start.equals(last) ? start + ": " + count : start + " to " + last + ": " + count;
    }

    static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
