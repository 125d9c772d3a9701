package org.dictum.search.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dictum.search.export.CsvTable;

/**
 * A network as two CSV tables ({@link CsvTable}) in a ZIP: {@code nodes.csv} ({@code id,label,kind,...},
 * Gephi's node table) and {@code edges.csv} ({@code source,target,weight,...}, Gephi's edge table).
 */
final class CsvNetworkWriter {

    private final OutputStream out;

    CsvNetworkWriter(OutputStream out) {
        this.out = out;
    }

    void write(Network network) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("nodes.csv"));
            List<String> nodeHeader = new ArrayList<>(List.of("id", "label"));
            NetworkAttribute.NODE.forEach(a -> nodeHeader.add(a.name()));
            CsvTable nodes = CsvTable.writingTo(text, nodeHeader);
            for (Network.Node node : network.nodes()) {
                List<Object> row = new ArrayList<>(List.of(node.id(), node.label()));
                NetworkAttribute.NODE.forEach(a -> row.add(a.value().apply(node)));
                nodes.row(row);
            }
            nodes.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("edges.csv"));
            List<String> edgeHeader = new ArrayList<>(List.of("source", "target", "type", "weight"));
            NetworkAttribute.EDGE.forEach(a -> edgeHeader.add(a.name()));
            CsvTable edges = CsvTable.writingTo(text, edgeHeader);
            for (Network.Edge edge : network.edges()) {
                List<Object> row = new ArrayList<>(List.of(edge.source(), edge.target(), "Undirected", edge.weight()));
                NetworkAttribute.EDGE.forEach(a -> row.add(a.value().apply(edge)));
                edges.row(row);
            }
            edges.flush();
            zip.closeEntry();
            zip.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the network failed", e);
        }
    }
}
