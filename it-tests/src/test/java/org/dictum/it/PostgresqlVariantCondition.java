package org.dictum.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gate of the PostgreSQL run of the ITs, registered for every test class by JUnit's extension
 * autodetection (META-INF/services, junit-platform.properties).
 * <ul>
 * <li>H2 run: always enabled.</li>
 * <li>PostgreSQL run, nothing listening on 127.0.0.1:5432: every IT is disabled (skipped, not
 * failed), before Arquillian starts WildFly.</li>
 * <li>PostgreSQL run, server reachable: database {@code dictum_it} is dropped and created once per
 * test JVM, so each run starts clean.</li>
 * </ul>
 * {@code -Ddictum.it.postgresql.port=...} moves the probe (and only the probe), to check the skip.
 */
public final class PostgresqlVariantCondition implements ExecutionCondition {

    static final String HOST = "127.0.0.1";
    static final String DATABASE = "dictum_it";
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    /** Outcome of probing and resetting, computed once per JVM. Guarded by the class lock. */
    private static ConditionEvaluationResult prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (ItDatabase.current() != ItDatabase.POSTGRESQL) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        return prepareOnce();
    }

    private static synchronized ConditionEvaluationResult prepareOnce() {
        if (prepared == null) {
            prepared = prepare();
        }
        return prepared;
    }

    private static ConditionEvaluationResult prepare() {
        int port = Integer.getInteger("dictum.it.postgresql.port", 5432);
        if (!reachable(port)) {
            String reason = "PostgreSQL is not reachable on " + HOST + ":" + port
                    + ": skipping the PostgreSQL variant of the integration tests";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        recreateDatabase(port);
        return ConditionEvaluationResult.enabled("PostgreSQL on " + HOST + ":" + port + ", database " + DATABASE + " recreated");
    }

    /** The database the PostgreSQL run's server uses (arquillian.xml: 127.0.0.1:5432, {@value #DATABASE}), for tests that look inside it. */
    public static Connection testDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + DATABASE, "postgres", "");
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reachable but broken (auth, permissions) is a failure, not a skip: the exception propagates. */
    private static void recreateDatabase(int port) {
        String url = "jdbc:postgresql://" + HOST + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            // WITH (FORCE), PostgreSQL 13+: a server killed mid-run may still hold connections.
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + DATABASE + " via " + url, e);
        }
    }
}
