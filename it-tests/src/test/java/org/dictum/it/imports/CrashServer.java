package org.dictum.it.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly process of its own for the crash test, started from the provisioned server
 * (it-tests/target/server) with a server base directory and a data directory of its own, so that
 * it never shares state with the Arquillian server. It can be killed like a crash (SIGKILL to the
 * JVM) or stopped cleanly, and started again on the same data.
 */
final class CrashServer {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Path home;
    private final Path base;
    private final Path data;
    private ProcessHandle jvm;
    private Process launcher;
    private int httpPort;

    CrashServer(Path home, Path work) throws IOException {
        this.home = home;
        this.base = work.resolve("server-base");
        this.data = work.resolve("data");
        prepareBase(work);
    }

    /** A copy of the server's configuration without deployments, and the WAR in its deployment scanner's directory. */
    private void prepareBase(Path work) throws IOException {
        deleteTree(work);
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            // Not logging.properties: it names the log file of the copied server; without it the
            // server logs to its own base directory.
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("logging.properties")).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Path config = configuration.resolve("standalone-microprofile.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("dictum.it.war", "target/dictum.war")), deployments.resolve("dictum.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(data);
    }

    /** Starts WildFly with the given port offset and management port; returns once the portal answers. */
    URL start(int portOffset, int managementPort, String adminPassword) throws IOException, InterruptedException {
        Path pidFile = base.resolve("server.pid");
        Files.deleteIfExists(pidFile);
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-microprofile.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.management.http.port=" + (managementPort - portOffset),
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Ddictum.data.dir=" + data,
                "-Ddictum.sample-data.enabled=false",
                // Chunks of 100: the kill lands after several committed chunks and inside a later one.
                "-Ddictum.import.chunk-size=100",
                "-Ddictum.topics.starter-taxonomy.enabled=false",
                "-Ddictum.admin.password=" + adminPassword)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", pidFile.toString());
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx1536m -Djava.net.preferIPv4Stack=true");
        launcher = builder.start();
        httpPort = 8080 + portOffset;
        jvm = awaitJvm(pidFile);
        awaitReady();
        return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
    }

    private ProcessHandle awaitJvm(Path pidFile) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("WildFly (PID " + pid + ") is gone"));
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("standalone.sh exited with " + launcher.exitValue() + "; see " + base.resolve("console.log"));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("WildFly wrote no PID file within 30 s; see " + base.resolve("console.log"));
    }

    /** Waits until the API answers (the WAR deployed), polling: the server offers nothing to wait on from outside. */
    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/search/articles?size=0"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("WildFly died while starting; see " + log());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not come up within " + STARTUP + "; see " + log());
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no clean close of database, index or batch runtime. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly();
        jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: WildFly shuts down cleanly (H2 closes its files). */
    void stop() throws InterruptedException {
        if (jvm != null && jvm.isAlive()) {
            jvm.destroy();
            jvm.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
        if (launcher != null) {
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
    }

    boolean alive() {
        return jvm != null && jvm.isAlive();
    }

    Path data() {
        return data;
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** The last lines of the server log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
