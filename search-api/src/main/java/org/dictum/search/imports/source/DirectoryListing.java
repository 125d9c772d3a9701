package org.dictum.search.imports.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The article files of a server directory in the order an import reads them, kept from run to run. A resumed import
 * skips as many files as its position says; counted over a fresh walk, a file added to the directory before that
 * position (or one removed) shifted every later file, and the import passed over a file it had never read. The names
 * are listed in path order when the import first opens the directory; each later opening keeps that order and appends
 * the files added since, in path order, so the records already read keep their numbers and a file added at any place
 * is read once. The list is kept as file names separated by NUL (the one character no file name holds), in UTF-8.
 */
final class DirectoryListing {

    private static final String SEPARATOR = "\0";

    private DirectoryListing() {
    }

    /**
     * The relative names ({@code /}-separated) of the directory's article files: those {@code listing} kept, then the
     * ones added since; {@code listing} is written with the additions. A null {@code listing} keeps nothing.
     */
    static List<String> extend(Path root, Path listing) throws IOException {
        boolean kept = listing != null && Files.exists(listing);
        List<String> names = kept ? read(listing) : new ArrayList<>();
        Set<String> known = new HashSet<>(names);
        List<String> added;
        try (Stream<Path> walk = Files.walk(root)) {
            added = walk.filter(Files::isRegularFile).map(root::relativize).sorted()
                    .map(file -> file.toString().replace('\\', '/'))
                    .filter(FileTreeSource::supported).filter(name -> !known.contains(name)).toList();
        }
        names.addAll(added);
        if (listing != null && (!kept || !added.isEmpty())) {
            write(listing, names);
        }
        return names;
    }

    private static List<String> read(Path listing) throws IOException {
        String content = Files.readString(listing, StandardCharsets.UTF_8);
        return content.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(content.split(SEPARATOR)));
    }

    /** Replaces the listing whole: a crash while writing leaves the previous one. */
    private static void write(Path listing, List<String> names) throws IOException {
        Files.createDirectories(listing.toAbsolutePath().getParent());
        Path next = listing.resolveSibling(listing.getFileName() + ".next");
        Files.writeString(next, String.join(SEPARATOR, names), StandardCharsets.UTF_8);
        Files.move(next, listing, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
