package org.dictum.bench.tools;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./dictum reindex}: starts a reindex of a running portal over REST and prints a progress
 * line until it ends ({@code --follow} watches the running one, {@code --cancel} cancels it,
 * {@code --figures} prints speed and heap at the end, for benchmarks). Needs an administrator's
 * read+write token ({@code --token} or {@code DICTUM_TOKEN}). Exit status 0 when the run succeeded,
 * 1 when it failed or was cancelled, 2 for bad usage, 3 when another run is going on.
 */
public final class ReindexClient {

    static final String USAGE = """
            Usage: ./dictum reindex [--url URL] [--token TOKEN] [--types articles,statements] [--regroup-stories]
                                    [--interval SECONDS] [--figures] [--follow | --cancel]
              --url        the portal (default $DICTUM_URL; ./dictum sets it to http://localhost:$DICTUM_PORT/)
              --token      an administrator's API token with write scope (default $DICTUM_TOKEN)
              --types      what to reindex (default both)
              --regroup-stories  first group the articles archived before stories existed
              --types none --regroup-stories  only that
              --interval   seconds between progress lines (default 2)
              --figures    at the end, print documents/s, heap and counts (benchmarks)
              --follow     do not start a run: watch the current one until it ends
              --cancel     cancel the current run""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    private ReindexClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dictum reindex: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        System.exit(new ReindexClient(options.url, options.token).run(options));
    }

    private int run(Options options) throws IOException, InterruptedException {
        if (options.cancel) {
            HttpResponse<String> response = send("DELETE", null);
            System.out.println(ProgressLine.of(json(response.body())));
            return 0;
        }
        if (!options.follow) {
            HttpResponse<String> response = send("POST", options.body());
            if (response.statusCode() == 409) {
                System.err.println("dictum reindex: " + json(response.body()).getString("detail")
                        + "\n  (./dictum reindex --follow watches it)");
                return 3;
            }
            if (response.statusCode() != 202) {
                throw new IOException("POST /api/admin/reindex answered " + response.statusCode() + ": " + response.body());
            }
        }
        JsonObject status = json(send("GET", null).body());
        boolean terminal = System.console() != null;
        String last = "";
        while ("running".equals(status.getString("state"))) {
            last = print(ProgressLine.of(status), last, terminal);
            Thread.sleep(options.intervalMillis);
            status = json(send("GET", null).body());
        }
        print(ProgressLine.of(status), last, terminal);
        System.out.println();
        if (options.figures) {
            System.out.print(ProgressLine.figures(status));
        }
        return "succeeded".equals(status.getString("state")) || "idle".equals(status.getString("state")) ? 0 : 1;
    }

    /** Rewrites the line in place on a terminal, one line per change otherwise (logs). */
    private static String print(String line, String last, boolean terminal) {
        if (terminal) {
            System.out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
            System.out.flush();
        } else if (!line.equals(last)) {
            System.out.println(line);
        }
        return line;
    }

    private HttpResponse<String> send(String method, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/admin/reindex"))
                .timeout(Duration.ofMinutes(1))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException(method + " /api/admin/reindex answered " + response.statusCode()
                    + ": an administrator's token with write scope is needed (" + response.body() + ")");
        }
        return response;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The command line. */
    static final class Options {
        URI url = URI.create(System.getenv().getOrDefault("DICTUM_URL", "http://localhost:8080"));
        String token = System.getenv("DICTUM_TOKEN");
        List<String> types;
        boolean regroupStories;
        long intervalMillis = 2000;
        boolean figures;
        boolean follow;
        boolean cancel;
        boolean help;

        static Options parse(String... args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--url" -> options.url = URI.create(value(args, ++i, arg));
                    case "--token" -> options.token = value(args, ++i, arg);
                    case "--types" -> options.types = types(value(args, ++i, arg));
                    case "--regroup-stories" -> options.regroupStories = true;
                    case "--interval" -> options.intervalMillis = interval(value(args, ++i, arg));
                    case "--figures" -> options.figures = true;
                    case "--follow" -> options.follow = true;
                    case "--cancel" -> options.cancel = true;
                    case "-h", "--help" -> options.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (!options.help && (options.token == null || options.token.isBlank())) {
                throw new IllegalArgumentException("an administrator's token is needed: --token or DICTUM_TOKEN");
            }
            if (options.follow && options.cancel) {
                throw new IllegalArgumentException("--follow and --cancel exclude each other");
            }
            return options;
        }

        /** The POST body: only what was given, the server's defaults for the rest. */
        String body() {
            JsonObjectBuilder body = Json.createObjectBuilder();
            if (types != null) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                types.forEach(array::add);
                body.add("types", array);
            }
            if (regroupStories) {
                body.add("regroupStories", true);
            }
            return body.build().toString();
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static List<String> types(String list) {
            List<String> types = new ArrayList<>();
            if (!"none".equals(list.trim())) {
                for (String type : list.split(",")) {
                    if (!type.isBlank()) {
                        types.add(type.trim());
                    }
                }
            }
            return types;
        }

        private static long interval(String seconds) {
            try {
                double value = Double.parseDouble(seconds);
                if (value <= 0) {
                    throw new IllegalArgumentException("--interval must be positive");
                }
                return (long) (value * 1000);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--interval takes seconds, not " + seconds);
            }
        }
    }
}
