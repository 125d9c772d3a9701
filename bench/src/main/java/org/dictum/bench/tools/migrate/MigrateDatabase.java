package org.dictum.bench.tools.migrate;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code ./dictum migrate-db}: copies a Dictum archive into a new, empty database, e.g. from the
 * portal's H2 file to PostgreSQL, keeping everything (records, curation, authority, taxonomy,
 * collections, users and tokens, imports, story fingerprints, the audit history). The portal must be
 * stopped. Exit status 0 when every table's counts match, 1 when refused or failed, 2 for bad usage.
 */
public final class MigrateDatabase {

    static final String USAGE = """
            Usage: ./dictum migrate-db --from JDBC_URL [--from-user U] [--from-password P]
                                       --to JDBC_URL [--to-user U] [--to-password P] [--batch-size N]
              --from        the archive to copy, e.g. jdbc:h2:file:./data/db/dictum (stop the portal first)
              --to          a new, empty database, e.g. jdbc:postgresql://127.0.0.1:5432/dictum
              --from-user / --from-password   default sa / sa (the portal's H2 defaults)
              --to-user / --to-password       default sa / sa
              --batch-size  rows per insert batch and commit (default 500)
            The target gets the schema of this release; the source must be at that version already.""";

    private MigrateDatabase() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dictum migrate-db: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        System.exit(run(options, System.out, System.err));
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try {
            CopyReport report = new DatabaseCopy(options.from, options.to, options.batchSize, out::println).run();
            print(report, out);
            if (report.tables().stream().allMatch(CopyReport.TableCount::matches)) {
                out.println("migrate-db: done. Start the portal on the new database; it rebuilds the search index"
                        + " when the index does not match the database (docs/DEPLOYMENT.md)");
                return 0;
            }
            err.println("migrate-db: row counts differ between source and target (marked above)");
            return 1;
        } catch (MigrationRefusedException e) {
            err.println("migrate-db: " + e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            err.println("migrate-db: the copy failed: " + e
                    + "\n  The target may hold part of the archive: drop and recreate it before trying again.");
            return 1;
        }
    }

    private static void print(CopyReport report, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-32s %12s %12s%n", "table", "source", "target");
        for (CopyReport.TableCount table : report.tables()) {
            out.printf(Locale.ROOT, "%-32s %,12d %,12d%s%n", table.table(), table.sourceRows(), table.targetRows(),
                    table.matches() ? "" : "  MISMATCH");
        }
        out.printf(Locale.ROOT, "%d tables, %,d rows, schema version %s%n", report.tables().size(), report.totalRows(),
                report.schemaVersion());
        for (CopyReport.SequenceMove sequence : report.sequences()) {
            out.printf(Locale.ROOT, "sequence %-30s continues at %d%n", sequence.sequence(), sequence.nextValue());
        }
        if (!report.skippedTables().isEmpty()) {
            out.println("not copied, not part of the archive schema: " + String.join(", ", report.skippedTables()));
        }
    }

    /** The command line. */
    static final class Options {
        Endpoint from;
        Endpoint to;
        int batchSize = 500;
        boolean help;

        static Options parse(String... args) {
            Options options = new Options();
            String fromUrl = null;
            String toUrl = null;
            String fromUser = "sa";
            String fromPassword = "sa";
            String toUser = "sa";
            String toPassword = "sa";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--from" -> fromUrl = value(args, ++i, arg);
                    case "--from-user" -> fromUser = value(args, ++i, arg);
                    case "--from-password" -> fromPassword = value(args, ++i, arg);
                    case "--to" -> toUrl = value(args, ++i, arg);
                    case "--to-user" -> toUser = value(args, ++i, arg);
                    case "--to-password" -> toPassword = value(args, ++i, arg);
                    case "--batch-size" -> options.batchSize = batchSize(value(args, ++i, arg));
                    case "-h", "--help" -> options.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (options.help) {
                return options;
            }
            if (fromUrl == null || toUrl == null) {
                throw new IllegalArgumentException("--from and --to are both needed");
            }
            if (fromUrl.equals(toUrl)) {
                throw new IllegalArgumentException("--from and --to name the same database");
            }
            options.from = new Endpoint(fromUrl, fromUser, fromPassword);
            options.to = new Endpoint(toUrl, toUser, toPassword);
            return options;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int batchSize(String value) {
            try {
                int size = Integer.parseInt(value);
                if (size >= 1) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--batch-size needs a positive whole number, not " + value);
        }
    }
}
