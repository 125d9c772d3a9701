package org.dictum.persistence.migration;

/** Runs the migrations on an H2 database with {@link ArchiveSchema}'s set-up, as {@link SchemaMigration} does at deployment. */
public final class MigratedH2 {

    private static final String USER = "sa";

    private MigratedH2() {
    }

    public static void migrate(String url) {
        migrateTo(url, "latest");
    }

    /**
     * Runs the migrations up to {@code version} ({@code "7"}, or {@code "latest"}): a test seeds the
     * rows an older schema held, then migrates on to see what the later scripts make of them.
     */
    public static void migrateTo(String url, String version) {
        ArchiveSchema.configuration(MigratedH2.class.getClassLoader(), "H2")
                .dataSource(url, USER, "")
                .target(version)
                .load()
                .migrate();
    }
}
