package dev.fenghuang.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language the screens speak when {@code --lang} does not say: the {@code lang} setting, else the language of
 * the locale the environment names, read the POSIX way ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG};
 * an empty variable counts as unset). The name is read as written, so a {@code zh_CN.UTF-8} forwarded over SSH to
 * a machine that lacks that locale still means Chinese, although Java then falls back to the C locale. Only when
 * neither says anything does the JVM's default locale decide.
 */
public final class UserLanguage {
    private static final String[] VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private UserLanguage() {
    }

    /**
     * The language, a lower-case ISO 639 code such as {@code zh} or {@code en}.
     *
     * @param setting the {@code lang} setting, if there is one ({@code zh}, {@code en}, or a locale name)
     * @param fallback the JVM's default locale, used when neither the setting nor the environment names one
     */
    public static String choose(Optional<String> setting, Map<String, String> env, Locale fallback) {
        return setting.map(UserLanguage::ofLocaleName)
                .or(() -> fromEnvironment(env))
                .orElseGet(() -> fallback.getLanguage().isEmpty() ? "en" : fallback.getLanguage());
    }

    /** The language of the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty; empty when none is. */
    static Optional<String> fromEnvironment(Map<String, String> env) {
        for (String variable : VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(ofLocaleName(value));
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a locale name: {@code zh_CN.UTF-8} and {@code zh-TW} give {@code zh}; {@code C}, {@code POSIX}
     * and {@code C.UTF-8}, which name no language, give {@code en}, as their messages are English.
     */
    static String ofLocaleName(String name) {
        String trimmed = name.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        String language = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
        return language.isEmpty() || language.equals("c") || language.equals("posix") ? "en" : language;
    }
}
