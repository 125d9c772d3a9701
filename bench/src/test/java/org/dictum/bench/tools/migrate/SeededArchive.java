package org.dictum.bench.tools.migrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.dictum.persistence.migration.ArchiveSchema;

/** An H2 file archive built with the real migrations and a row or more in every table (archive-rows.sql). */
final class SeededArchive {

    /** The main text of article 1: long (a CLOB well past any inline limit) and not only ASCII. */
    static final String MAIN_TEXT = "Der Haushalt ist ausgeglichen – «so» die Ministerin. ".repeat(8_000) + "Ende.";

    private SeededArchive() {
    }

    /** Creates the archive in {@code directory} and returns its endpoint (user sa, password sa). */
    static Endpoint create(Path directory) throws SQLException {
        Endpoint archive = h2File(directory.resolve("archive"));
        ArchiveSchema.flyway(archive.url(), archive.user(), archive.password(), "H2").migrate();
        try (Connection connection = DriverManager.getConnection(archive.url(), archive.user(), archive.password());
                Statement statement = connection.createStatement();
                PreparedStatement mainText = connection.prepareStatement("UPDATE article SET main_text = ? WHERE id = 1")) {
            statement.execute("RUNSCRIPT FROM 'classpath:/migrate/archive-rows.sql'");
            mainText.setString(1, MAIN_TEXT);
            mainText.executeUpdate();
        }
        return archive;
    }

    static Endpoint h2File(Path file) {
        return new Endpoint("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "sa");
    }
}
