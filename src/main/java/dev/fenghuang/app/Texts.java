package dev.fenghuang.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of the front ends, in Chinese under a zh locale and in English otherwise. */
public final class Texts {
    private static final String BUNDLE = "dev.fenghuang.app.texts";

    /** The texts of each language, read once; a second caller while they are read waits for them. */
    private static final java.util.concurrent.ConcurrentMap<Locale, Texts> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Texts for a language tag ({@code zh}, {@code en}), or for the default locale when it is null. */
    public static Texts forLanguage(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language);
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return LOADED.computeIfAbsent(chosen, Texts::load);
    }

    /** Reads a language's bundle (~8 ms of a cold start for its 50 KB), once a process. */
    private static Texts load(Locale chosen) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, chosen);
    }

    public Locale locale() {
        return locale;
    }

    /** True when there is a text for the key in this language or the English one. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for the key with its arguments filled in. A whole number (an id, a count) prints as the site writes
     * it, without the locale's digit grouping MessageFormat would add ({@code 1075}, not {@code 1,075}).
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
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
