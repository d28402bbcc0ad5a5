package dev.fenghuang.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing texts of the front ends, in Chinese under a zh locale and in English otherwise. */
public final class Texts {
    private static final String BUNDLE = "dev.fenghuang.app.texts";

    /** The texts of each language, read once; a second caller while they are read waits for them. */
    private static final java.util.concurrent.ConcurrentMap<Locale, Texts> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A language's text of a key, or null when it has none. */
    private final java.util.function.Function<String, String> lookup;
    private final Locale locale;

    private Texts(java.util.function.Function<String, String> lookup, Locale locale) {
        this.lookup = lookup;
        this.locale = locale;
    }

    /** Texts for a language tag ({@code zh}, {@code en}), or for the default locale when it is null. */
    public static Texts forLanguage(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language);
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return LOADED.computeIfAbsent(chosen, Texts::load);
    }

    /**
     * Opens a language's texts, once a process: the table the build wrote of its bundle, its texts decoded as asked
     * for ({@link TextTable}); without tables (classes built elsewhere) the bundle itself, read whole.
     */
    private static Texts load(Locale chosen) {
        String name = BUNDLE.substring(BUNDLE.lastIndexOf('.') + 1);
        java.util.Optional<TextTable> table = TextTable.read(name, null);
        if (table.isPresent() && chosen.getLanguage().equals("zh")) {
            table = TextTable.read(name + "_zh", table.get());
        }
        if (table.isPresent()) {
            return new Texts(table.get()::get, chosen);
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(key -> bundle.containsKey(key) ? bundle.getString(key) : null, chosen);
    }

    public Locale locale() {
        return locale;
    }

    /** True when there is a text for the key in this language or the English one. */
    public boolean has(String key) {
        return lookup.apply(key) != null;
    }

    /**
     * The text for the key with its arguments filled in. A whole number (an id, a count) prints as the site writes
     * it, without the locale's digit grouping MessageFormat would add ({@code 1075}, not {@code 1,075}).
     */
    public String get(String key, Object... args) {
        String pattern = lookup.apply(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(ungrouped(args));
    }

    private static Object[] ungrouped(Object[] args) {
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short
                    || plain[i] instanceof Byte || plain[i] instanceof java.math.BigInteger) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }

}
