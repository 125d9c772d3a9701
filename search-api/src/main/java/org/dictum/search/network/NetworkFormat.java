package org.dictum.search.network;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats a network is written in. */
public enum NetworkFormat {
    GRAPHML(NetworkFormat.GRAPHML_TYPE + ";charset=UTF-8", "graphml"),
    GEXF(NetworkFormat.GEXF_TYPE + ";charset=UTF-8", "gexf"),
    /** A ZIP holding {@code nodes.csv} and {@code edges.csv}. */
    CSV(NetworkFormat.ZIP_TYPE, "zip");

    /** The media types without their charset, for the {@code @Produces} of the network endpoint. */
    public static final String GRAPHML_TYPE = "application/graphml+xml";
    public static final String GEXF_TYPE = "application/gexf+xml";
    public static final String ZIP_TYPE = "application/zip";

    private final String mediaType;
    private final String extension;

    NetworkFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public void write(Network network, OutputStream out) {
        switch (this) {
            case GRAPHML -> new GraphmlWriter(out).write(network);
            case GEXF -> new GexfWriter(out).write(network);
            case CSV -> new CsvNetworkWriter(out).write(network);
        }
    }

    public static Optional<NetworkFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (NetworkFormat format : values()) {
            if (format.name().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
