package org.dictum.it.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * One WildFly server process of its own: the provisioned server's modules ({@code jboss.home}) with
 * a base directory per node (configuration copied from the provisioned server, deployments, data,
 * log), the real WAR in its deployment scanner's folder, and a port offset. The JVM is launched
 * directly (no start script in between), so that {@link #kill} sends SIGKILL to the server itself.
 */
final class ServerNode implements AutoCloseable {

    private static final String CONFIG = "standalone-microprofile.xml";
    private static final String DEPLOYED = "ROOT.war";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Path jbossHome;
    private final Path baseDir;
    private final int portOffset;
    private final List<String> systemProperties;
    private Process process;

    /** A node named {@code name} under {@code workDir}; its base directory is created afresh. */
    static ServerNode prepare(String name, Path jbossHome, Path workDir, Path war, int portOffset,
            List<String> systemProperties) throws IOException {
        Path baseDir = workDir.resolve(name);
        deleteRecursively(baseDir);
        Path configuration = Files.createDirectories(baseDir.resolve("configuration"));
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        // A server stopped by a test while Arquillian had the WAR deployed keeps it in its configuration.
        Path config = configuration.resolve(CONFIG);
        Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(war, baseDir.resolve("deployments").resolve(DEPLOYED), StandardCopyOption.REPLACE_EXISTING);
        return new ServerNode(name, jbossHome, baseDir, portOffset, systemProperties);
    }

    private ServerNode(String name, Path jbossHome, Path baseDir, int portOffset, List<String> systemProperties) {
        this.name = name;
        this.jbossHome = jbossHome;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.systemProperties = List.copyOf(systemProperties);
    }

    /** Starts the server process and waits until the WAR is deployed and the portal answers. */
    void start() throws IOException, InterruptedException {
        if (isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        Path deployments = baseDir.resolve("deployments");
        for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
            Files.deleteIfExists(deployments.resolve(DEPLOYED + marker));
        }
        List<String> javaOptions = new ArrayList<>(List.of("-Xms256m", "-Xmx1536m",
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                "-Ddictum.data.dir=" + baseDir.resolve("data/dictum")));
        javaOptions.addAll(systemProperties);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome)
                .setBaseDirectory(baseDir)
                .setServerConfiguration(CONFIG)
                .addJavaOptions(javaOptions);
        process = Launcher.of(command)
                .setRedirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log"))
                .launch();
        awaitDeployment(deployments);
    }

    private void awaitDeployment(Path deployments) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up (" + process.exitValue() + "): see " + log());
            }
            if (Files.exists(deployments.resolve(DEPLOYED + ".failed"))) {
                throw new IllegalStateException(name + ": deployment failed: "
                        + Files.readString(deployments.resolve(DEPLOYED + ".failed")) + " (see " + log() + ")");
            }
            if (Files.exists(deployments.resolve(DEPLOYED + ".deployed")) && answers(client)) {
                return;
            }
            process.waitFor(250, TimeUnit.MILLISECONDS); // returns early when the server dies
        }
        throw new IllegalStateException(name + " not deployed within " + START_TIMEOUT + ": see " + log());
    }

    private boolean answers(HttpClient client) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(url().toURI().resolve("api/search/articles?size=0"))
                    .timeout(Duration.ofSeconds(5)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | java.net.URISyntaxException e) {
            return false;
        }
    }

    /** SIGKILL: the server gets no chance to finish anything. Waits until the process is gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM (WildFly shuts down in order), SIGKILL after 60 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path log() {
        return baseDir.resolve("log/server.log");
    }

    String logText() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (HTTP " + (8080 + portOffset) + (process == null ? "" : ", PID " + process.pid()) + ")";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
