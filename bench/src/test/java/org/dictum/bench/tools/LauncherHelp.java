package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code ./dictum help} says, read from the checkout's launcher, and the options a tool's own usage names. */
public final class LauncherHelp {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");
    private static final Pattern COMMAND = Pattern.compile("^  ([a-z][a-z-]*)(?: .*)?$");

    private LauncherHelp() {
    }

    /** The paragraph of {@code ./dictum help} on one command: its line and the more indented lines under it. */
    public static String paragraph(String command) throws IOException, InterruptedException {
        StringBuilder paragraph = new StringBuilder();
        boolean inside = false;
        for (String line : help().split("\n")) {
            Matcher start = COMMAND.matcher(line);
            if (start.matches()) {
                inside = start.group(1).equals(command);
            } else if (!line.startsWith("   ")) {
                inside = false;
            }
            if (inside) {
                paragraph.append(line).append('\n');
            }
        }
        assertThat(paragraph).as("./dictum help describes %s", command).isNotEmpty();
        return paragraph.toString();
    }

    /** The {@code --options} a usage text names. */
    public static List<String> options(String usage) {
        Matcher matcher = OPTION.matcher(usage);
        List<String> options = new ArrayList<>();
        while (matcher.find()) {
            options.add(matcher.group());
        }
        assertThat(options).as("options in %s", usage).isNotEmpty();
        return options;
    }

    private static String help() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", root().resolve("dictum").toString(), "help").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("./dictum help ends").isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    /** The checkout the tests run in: the first directory above the module's that holds the launcher. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dictum")) && Files.isDirectory(dir.resolve("bench"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No ./dictum above " + Path.of("").toAbsolutePath());
    }
}
