package org.dictum.it.opensearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node, for the ITs of the Elasticsearch backend, in the JVM that the build
 * starts for it (it-tests/pom.xml, pre-integration-test): never inside WildFly, whose Lucene differs
 * from OpenSearch's. No distribution and no container: the node and its two plugins (HTTP transport,
 * common analysis) come from Maven Central jars.
 *
 * <p>Usage: {@code OpenSearchLauncher <work dir> <http port>}. The node keeps its data under the
 * work dir (emptied first). Once it answers on HTTP it writes {@code opensearch.pid} and then
 * {@code opensearch.port}, which the build waits for (or {@code opensearch.failed} with the reason); it runs until it is killed (post-integration-test
 * kills it by that PID) or until the process that started it is gone, so that an aborted build leaves
 * no node behind.
 */
public final class OpenSearchLauncher {

    static final String PID_FILE = "opensearch.pid";
    static final String PORT_FILE = "opensearch.port";
    static final String FAILED_FILE = "opensearch.failed";

    private OpenSearchLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: OpenSearchLauncher <work dir> <http port>");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        try {
            run(work, port);
        } catch (Exception | LinkageError e) {
            // The build spawned this JVM without a console: tell it through a file why there is no node.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            writeAtomically(work.resolve(FAILED_FILE), trace.toString());
            System.exit(1);
        }
    }

    private static void run(Path work, int port) throws Exception {
        Path home = work.resolve("home");
        deleteRecursively(home);
        Files.createDirectories(home);
        Files.deleteIfExists(work.resolve(PORT_FILE));

        Node node = new PluginNode(settings(home, port));
        node.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "opensearch-shutdown"));
        int bound = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        writeAtomically(work.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
        writeAtomically(work.resolve(PORT_FILE), Integer.toString(bound));
        System.out.println("OpenSearch node listening on 127.0.0.1:" + bound);

        Optional<ProcessHandle> starter = ProcessHandle.current().parent();
        while (starter.map(ProcessHandle::isAlive).orElse(true)) {
            Thread.sleep(1_000); // polling the starter: there is no event for another process's end
        }
        System.out.println("The process that started the node is gone: stopping");
        System.exit(0);
    }

    static Settings settings(Path home, int port) {
        return Settings.builder()
                .put("cluster.name", "dictum-it")
                .put("node.name", "dictum-it-node")
                .put("path.home", home.toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", 0)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("indices.breaker.total.use_real_memory", false)
                .put("action.auto_create_index", false)
                .build();
    }

    private static void close(Node node) {
        try {
            node.close();
        } catch (IOException e) {
            System.err.println("Closing the OpenSearch node failed: " + e);
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** {@link Node} with plugins given on the class path; its constructor taking them is protected. */
    private static final class PluginNode extends Node {
        PluginNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "dictum-it-node"),
                    List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
