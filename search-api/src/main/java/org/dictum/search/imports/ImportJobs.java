package org.dictum.search.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;
import org.dictum.domain.imports.ImportFormat;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportStatus;
import org.dictum.search.imports.source.FieldMapping;

/**
 * Starts, stops and resumes imports as runs of the batch job {@code article-import}. An upload is
 * first copied to the import directory ({@code dictum.import.dir}), so that a resumed import reads
 * exactly what the first run read; a server file is read where it is, and only from
 * {@code dictum.import.server-dir}.
 */
@ApplicationScoped
public class ImportJobs {

    static final String JOB_NAME = "article-import";
    static final String IMPORT_ID = "importId";
    static final String CHUNK_SIZE = "chunkSize";
    /** JBeret: restart an execution left STARTED by a crash, once it is not running in this JVM. */
    private static final String RESTART_MODE = "jberet.restart.mode";

    /** The longest file name most file systems keep, in bytes. */
    private static final int MAX_NAME_BYTES = 255;

    /** A file name's extension: one or two short endings ({@code .csv}, {@code .warc.gz}). */
    private static final Pattern EXTENSION = Pattern.compile("(\\.[\\p{Alnum}]{1,10}){1,2}$");

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Inject
    ImportLedger ledger;

    @Inject
    ImportSettings settings;

    @Inject
    ImportFiles files;

    @Inject
    Clock clock;

    /** Imports an uploaded file: {@code format} may be null when the file name tells it. */
    public ImportSummary upload(String user, String fileName, InputStream content, String format, String mapping) {
        String name = uploadName(fileName);
        ImportFormat chosen = formatOf(format, name);
        FieldMapping.parse(mapping);
        Path stored = files.newUpload(name);
        // The upload is deleted unless an import names it: one that breaks off (the client gone, over
        // dictum.import.max-upload-bytes without a declared length), or whose import record cannot be stored, would stay
        // in a folder nothing deletes. The ledger's failure may be a checked exception (the transaction's
        // RollbackException, thrown on through its interceptor), which a catch of RuntimeException would miss.
        long id;
        boolean recorded = false;
        try {
            Files.createDirectories(stored.getParent());
            if (Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING) == 0) {
                throw emptyFile("file", name);
            }
            id = ledger.create(new ImportJob(user, "upload " + name, chosen, mapping, stored.toString(), clock.instant()));
            recorded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the upload in " + settings.uploadDir(), e);
        } finally {
            if (!recorded) {
                files.discardUpload(stored);
            }
        }
        return start(id);
    }

    /** Imports a file or directory below {@code dictum.import.server-dir}. */
    public ImportSummary serverFile(String user, String path, String format, String mapping) {
        Path root = settings.serverDir().orElseThrow(() -> new ConflictException(
                "Imports of server files are off: set dictum.import.server-dir to the directory they may come from"));
        if (path == null || path.isBlank()) {
            throw new InvalidInputException("path", "path is required: a file or directory below the import directory");
        }
        Path file;
        try {
            file = root.resolve(path.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException notAPath) {
            // A NUL character, which no file name holds: resolving it failed the request with a 500.
            throw new InvalidInputException("path", "path is not a file path (" + notAPath.getReason() + ")");
        }
        if (!file.startsWith(root)) {
            throw new InvalidInputException("path", "path must lie below the server's import directory");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException("path", "No file or directory " + root.relativize(file) + " in the import directory");
        }
        if (file.toString().length() > ImportJob.MAX_INPUT_PATH_LENGTH) {
            // Its import record could not be stored: the request failed with a 500 that said nothing of the path.
            throw new InvalidInputException("path", "The file's path on the server is " + file.toString().length()
                    + " characters long, more than the " + ImportJob.MAX_INPUT_PATH_LENGTH + " an import keeps: move or link"
                    + " it to a shorter path below the import directory");
        }
        boolean directory = Files.isDirectory(file);
        if (!directory && sizeOf(file) == 0) {
            throw emptyFile("path", root.relativize(file).toString());
        }
        ImportFormat chosen = directory && (format == null || format.isBlank())
                ? ImportFormat.FILES : formatOf(format, file.getFileName().toString());
        if (directory && chosen != ImportFormat.FILES) {
            throw new InvalidInputException("format", "A directory is imported with format files");
        }
        FieldMapping.parse(mapping);
        return start(ledger.create(new ImportJob(user, "server file " + root.relativize(file), chosen, mapping, file.toString(),
                clock.instant())));
    }

    /** Resumes a stopped, failed or interrupted import after its last stored record. */
    public ImportSummary restart(long id) {
        ImportJob job = ledger.queueAgain(id);
        Properties parameters = parameters(id);
        parameters.setProperty(RESTART_MODE, "detect");
        try {
            resume(job, parameters);
        } catch (RuntimeException e) {
            ledger.ended(id, ImportStatus.FAILED, "Could not be restarted: " + e.getMessage(), false);
            throw new ConflictException("Import " + id + " could not be restarted: " + e.getMessage());
        }
        LOG.info(() -> "Import " + id + " resumes after record " + job.getRecordsRead());
        return ledger.summary(id);
    }

    /**
     * Restarts the import's last batch execution (its step continues from its checkpoint); when the
     * batch runtime no longer knows it, a new execution, which continues from the import's own
     * committed position all the same.
     */
    private void resume(ImportJob job, Properties parameters) {
        if (job.getBatchExecutionId().isPresent()) {
            try {
                operator().restart(job.getBatchExecutionId().get(), parameters);
                return;
            } catch (NoSuchJobExecutionException | JobRestartException unknownToBatch) {
                LOG.warning(() -> "Import " + job.getId() + ": batch execution " + job.getBatchExecutionId().get()
                        + " cannot be restarted (" + unknownToBatch.getMessage() + "); starting a new one from record "
                        + job.getRecordsRead());
            }
        }
        operator().start(JOB_NAME, parameters);
    }

    /** Asks a running import to stop after its current chunk. */
    public ImportSummary stop(long id) {
        ImportJob job = ledger.requireActive(id);
        if (job.getBatchExecutionId().isEmpty()) {
            throw new ConflictException("Import " + id + " has not started yet; stop it once it runs");
        }
        operator().stop(job.getBatchExecutionId().get());
        return ledger.summary(id);
    }

    /** Starts the first run of the recorded import {@code id}; one that cannot be started is recorded as failed. */
    private ImportSummary start(long id) {
        try {
            operator().start(JOB_NAME, parameters(id));
        } catch (RuntimeException e) {
            ledger.ended(id, ImportStatus.FAILED, "Could not be started: " + e.getMessage(), false);
            throw e;
        }
        ImportSummary started = ledger.summary(id);
        LOG.info(() -> "Import " + id + " of " + started.source() + " (" + started.format() + ") started by " + started.startedBy());
        return started;
    }

    private Properties parameters(long id) {
        Properties parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(id));
        parameters.setProperty(CHUNK_SIZE, Integer.toString(settings.chunkSize()));
        return parameters;
    }

    /**
     * The name the upload is kept under: the client's file name without the folders some send with it ({@code
     * C:\\feeds\\a.csv}, {@code ../a.csv}). A name that leaves none ({@code ..}, {@code .}, {@code /}) or holds control
     * characters is refused, where it was resolved as a path and failed the request with a 500 (the upload copied onto
     * its own folder). A name longer than a file system keeps is shortened ({@link #shortened}).
     */
    static String uploadName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String path = fileName.strip();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
        String problem = name.isEmpty() || name.equals(".") || name.equals("..") ? "it names a folder, not a file"
                : name.chars().anyMatch(Character::isISOControl) ? "it holds control characters"
                : null;
        if (problem != null) {
            String shown = path.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            throw new InvalidInputException("file", "The file name '" + Text.truncate(shown, 100) + "' cannot be kept ("
                    + problem + "): send the file under its own name, such as feed.jsonl");
        }
        return shortened(name);
    }

    /**
     * A name within the {@value #MAX_NAME_BYTES} bytes file systems keep: a longer one (a title saved as the file name,
     * in a script of two or three bytes a letter) is cut, whole characters at a time, and marked with {@code ~} before its
     * extension, which is kept ({@code .jsonl}, {@code .warc.gz}): the format is told by it. Such uploads were refused,
     * though the name is only kept to tell the upload apart; each is kept in a folder of its own, so two names that
     * shorten alike never meet.
     */
    static String shortened(String name) {
        if (utf8Length(name) <= MAX_NAME_BYTES) {
            return name;
        }
        Matcher extension = EXTENSION.matcher(name);
        String suffix = "~" + (extension.find() ? extension.group() : "");
        String stem = name.substring(0, name.length() - suffix.length() + 1);
        int budget = MAX_NAME_BYTES - utf8Length(suffix);
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int length = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + length > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += length;
            i += Character.charCount(codePoint);
        }
        return kept + suffix;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ImportFormat formatOf(String format, String fileName) {
        if (format != null && !format.isBlank()) {
            return ImportFormat.named(format, "format");
        }
        return ImportFormat.guessFrom(fileName).orElseThrow(() -> new InvalidInputException("format",
                "format is required: the file name " + fileName + " does not tell it (jsonl, csv, files, warc)"));
    }

    /**
     * An empty file holds no record: refused at once, rather than an import that "completes" having read nothing,
     * which left a librarian who picked the wrong file (a failed export, a placeholder) to wonder.
     */
    private static InvalidInputException emptyFile(String field, String name) {
        return new InvalidInputException(field, name + " is empty: there is nothing to import");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
