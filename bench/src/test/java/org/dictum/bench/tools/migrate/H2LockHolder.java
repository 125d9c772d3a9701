package org.dictum.bench.tools.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * Holds an H2 file database open in a JVM of its own, as a running portal does, until its standard
 * input closes or it is destroyed. {@link #start} returns once the database is open.
 */
public final class H2LockHolder {

    static final String READY = "locked";

    private H2LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the connection until stdin closes
            }
        }
    }

    static Process start(Endpoint database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                H2LockHolder.class.getName(), database.url(), database.user(), database.password()))
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals(READY)) {
                return process;
            }
        }
        throw new IOException("the process holding " + database.url() + " ended before opening it");
    }
}
