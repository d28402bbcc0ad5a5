package dev.fenghuang.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings in force: the defaults shipped in the jar ({@code config/fenghuang.properties}) overlaid by the
 * user's own file of the same name in the config directory, and, for one site, by its profile.
 */
public final class Settings {
    static final String DEFAULTS = "/config/fenghuang.properties";
    static final String FILE = "fenghuang.properties";

    /** What the user's file and a profile set, each key's last setting; what they leave is the defaults'. */
    private final Properties values;

    private Settings(Properties values) {
        this.values = values;
    }

    /**
     * The defaults shipped in the jar: the table the build wrote of them ({@link TextTable}), looked up by key;
     * without one (classes built elsewhere), the file itself, read whole. Read once a process.
     */
    private static final class Defaults {
        static final java.util.function.Function<String, String> VALUES = read();

        private static java.util.function.Function<String, String> read() {
            String name = DEFAULTS.substring(0, DEFAULTS.length() - ".properties".length());
            java.util.Optional<TextTable> table = TextTable.read(name, null);
            if (table.isPresent()) {
                return table.get()::get;
            }
            Properties p = new Properties();
            try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p::getProperty;
        }
    }

    /** The defaults overlaid by the user's file, if there is one. */
    public static Settings load(XdgDirs dirs) {
        Properties p = new Properties();
        readInto(p, dirs.config().resolve(FILE));
        return new Settings(p);
    }

    /** These settings overlaid by a profile file. */
    Settings overlaidBy(Path file) {
        Properties p = new Properties();
        p.putAll(values);
        readInto(p, file);
        return new Settings(p);
    }

    private static void readInto(Properties p, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Optional<String> text(String key) {
        String v = values.containsKey(key) ? values.getProperty(key) : Defaults.VALUES.apply(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public Duration duration(String key, Duration fallback) {
        return text(key).map(v -> {
            try {
                return DurationText.parse(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting " + key + ": " + e.getMessage(), e);
            }
        }).orElse(fallback);
    }

    public int integer(String key, int fallback) {
        return text(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + ": not a whole number: " + v, e);
            }
        }).orElse(fallback);
    }
}
