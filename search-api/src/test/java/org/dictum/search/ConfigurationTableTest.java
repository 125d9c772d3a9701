package org.dictum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.dictum.search.query.SearchLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table against what the code reads: every MicroProfile Config key of
 * this module ({@code @ConfigProperty}, found by reflection over its classes, and
 * {@code microprofile-config.properties}), every {@code ${dictum.…,env.DICTUM_…:default}} expression
 * of {@code persistence.xml} and {@code configure-server.cli}, and every {@code DICTUM_*} variable the
 * {@code ./dictum} launcher reads has a row, which shows the default the code applies. The other way
 * round, every variable a configuration table of the README or docs/ names is one of those.
 */
class ConfigurationTableTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(dictum\\.[a-z0-9.-]+),env\\.(DICTUM_[A-Z0-9_]+):([^}]*)}");
    private static final Pattern LAUNCHER_VARIABLE = Pattern.compile("\\$\\{(DICTUM_[A-Z0-9_]+)[:}-]");
    private static final Pattern TICKED_VARIABLE = Pattern.compile("`(DICTUM_[A-Z0-9_]+)`");
    private static final Pattern TICKED_KEY = Pattern.compile("`(dictum\\.[a-z0-9.-]*[a-z0-9])`");

    /** A setting: its environment variable and the default the code applies ("" when it has none). */
    record Setting(String key, String variable, String defaultValue) {
    }

    @Test
    void every_setting_the_code_reads_has_a_row_in_the_readme_table_with_its_default() throws IOException {
        Map<String, Row> table = readmeTable();
        SoftAssertions softly = new SoftAssertions();
        for (Setting setting : settingsTheCodeReads()) {
            Row row = table.get(setting.variable());
            softly.assertThat(row).as("README, Configuration: a row for %s (%s)", setting.variable(), setting.key()).isNotNull();
            if (row != null && !setting.defaultValue().isEmpty() && !setting.defaultValue().contains("${")) {
                softly.assertThat(row.defaultCell()).as("README, Configuration: default of %s", setting.variable())
                        .contains("`" + setting.defaultValue() + "`");
            }
        }
        for (String variable : launcherVariables()) {
            softly.assertThat(table.containsKey(variable)).as("README, Configuration: a row for %s, which ./dictum reads", variable).isTrue();
        }
        softly.assertAll();
    }

    @Test
    void every_variable_and_key_a_configuration_table_names_is_read_by_the_code_with_the_default_shown() throws IOException {
        Set<String> known = new TreeSet<>(launcherVariables());
        known.addAll(toolVariables());
        Map<String, Setting> byName = new LinkedHashMap<>();
        for (Setting setting : settingsTheCodeReads()) {
            known.add(setting.variable());
            byName.put(setting.variable(), setting);
            byName.put(setting.key(), setting);
        }
        SoftAssertions softly = new SoftAssertions();
        for (Path doc : documents()) {
            for (Row row : configurationRows(Files.readAllLines(doc))) {
                String names = row.names();
                List<String> variables = ticked(TICKED_VARIABLE, names);
                List<String> keys = ticked(TICKED_KEY, names).stream().filter(key -> !key.startsWith("dictum.it.")).toList();
                variables.forEach(variable -> softly.assertThat(known.contains(variable))
                        .as("%s names %s, which nothing reads", doc.getFileName(), variable).isTrue());
                keys.forEach(key -> softly.assertThat(byName.containsKey(key))
                        .as("%s names %s, which nothing reads", doc.getFileName(), key).isTrue());
                Set<Setting> named = Stream.concat(variables.stream(), keys.stream()).map(byName::get)
                        .filter(Objects::nonNull).collect(Collectors.toSet());
                if (named.size() == 1) {
                    String defaultValue = named.iterator().next().defaultValue();
                    if (!defaultValue.isEmpty() && !defaultValue.contains("${")) {
                        softly.assertThat(row.defaultCell()).as("%s shows the default of %s", doc.getFileName(), names.substring(1).strip())
                                .contains("`" + defaultValue + "`");
                    }
                }
            }
        }
        softly.assertAll();
    }

    /** The settings of the application, by key, in the order found; a key read in several places once. */
    private static List<Setting> settingsTheCodeReads() throws IOException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        Properties defaults = new Properties();
        try (InputStream in = resource("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        for (Map.Entry<String, String> injected : injectedKeys().entrySet()) {
            String key = injected.getKey();
            settings.put(key, new Setting(key, variableOf(key), defaults.getProperty(key, injected.getValue())));
        }
        defaults.stringPropertyNames().stream().filter(key -> key.startsWith("dictum."))
                .forEach(key -> settings.putIfAbsent(key, new Setting(key, variableOf(key), defaults.getProperty(key))));
        String descriptors = text(resource("META-INF/persistence.xml"))
                + Files.readString(root().resolve("web-ui/src/main/wildfly/configure-server.cli"));
        Matcher expression = EXPRESSION.matcher(descriptors);
        while (expression.find()) {
            settings.putIfAbsent(expression.group(1), new Setting(expression.group(1), expression.group(2), expression.group(3)));
        }
        assertThat(settings).as("settings found").hasSizeGreaterThan(40);
        return List.copyOf(settings.values());
    }

    /** The {@code @ConfigProperty} keys on fields and parameters of this module's classes, with their annotated defaults. */
    private static Map<String, String> injectedKeys() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Class<?> type : moduleClasses()) {
            List<AnnotatedElement> elements = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
            Stream.concat(Arrays.stream(type.getDeclaredConstructors()), Arrays.stream(type.getDeclaredMethods()))
                    .map(Executable::getParameters).flatMap(Arrays::stream).forEach(elements::add);
            for (AnnotatedElement element : elements) {
                ConfigProperty property = element.getAnnotation(ConfigProperty.class);
                if (property != null) {
                    String annotated = ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? "" : property.defaultValue();
                    keys.merge(property.name(), annotated, (one, other) -> one.isEmpty() ? other : one);
                }
            }
        }
        assertThat(keys).as("@ConfigProperty keys found").hasSizeGreaterThan(30);
        return keys;
    }

    private static List<Class<?>> moduleClasses() throws IOException {
        Path classes;
        try {
            classes = Path.of(SearchLimits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                if (!name.endsWith("package-info.class")) {
                    types.add(load(name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigurationTableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MicroProfile Config's mapping of a key to an environment variable: other than letters and digits become _, upper case. */
    private static String variableOf(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The variables the launcher script reads ({@code ${DICTUM_PORT:-8080}}). */
    private static Set<String> launcherVariables() throws IOException {
        return new TreeSet<>(ticked(LAUNCHER_VARIABLE, Files.readString(root().resolve("dictum"))));
    }

    /** The variables the command-line tools read. */
    private static Set<String> toolVariables() throws IOException {
        Pattern getenv = Pattern.compile("getenv\\(\\)\\.getOrDefault\\(\"(DICTUM_[A-Z0-9_]+)\"|getenv\\(\"(DICTUM_[A-Z0-9_]+)\"\\)");
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(root().resolve("bench/src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = getenv.matcher(Files.readString(source));
                while (matcher.find()) {
                    variables.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return variables;
    }

    /** The README's configuration table: its rows by each variable they name. */
    private static Map<String, Row> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("README.md"));
        int start = lines.indexOf("## Configuration");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : configurationRows(lines.subList(start, lines.size()))) {
            ticked(TICKED_VARIABLE, row.names()).forEach(variable -> rows.put(variable, row));
        }
        assertThat(rows).as("rows of the README's configuration table").isNotEmpty();
        return rows;
    }

    /** A row of a configuration table, and its cell under "Default" ("" when the table has none). */
    record Row(String text, String defaultCell) {

        String names() {
            return text.substring(0, text.indexOf('|', 1));
        }
    }

    /** The rows of the tables in these lines whose header's first column names a variable or a key. */
    private static List<Row> configurationRows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        int defaultColumn = -1;
        boolean inTable = false;
        for (String line : lines) {
            List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
            if (!line.startsWith("|")) {
                inTable = false;
            } else if (cells.size() > 2 && cells.get(1).matches("Variable|Key|Key \\(environment variable\\)|Property")) {
                inTable = true;
                defaultColumn = cells.indexOf("Default");
            } else if (inTable && !line.matches("\\|[-:| ]+")) {
                rows.add(new Row(line, defaultColumn > 0 && defaultColumn < cells.size() ? cells.get(defaultColumn) : ""));
            }
        }
        return rows;
    }

    private static List<String> ticked(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            return Stream.concat(Stream.of(root().resolve("README.md")), docs.filter(f -> f.toString().endsWith(".md")).sorted())
                    .collect(Collectors.toList());
        }
    }

    /** The checkout: the first directory above the module's that holds the launcher and the README. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dictum")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No checkout (README.md and ./dictum) above " + Path.of("").toAbsolutePath());
    }

    private static InputStream resource(String name) {
        InputStream in = ConfigurationTableTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("%s on the class path", name).isNotNull();
        return in;
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
