package dev.fenghuang.app;

import java.time.Duration;
import java.util.Locale;

/** Reads durations as people write them in settings: {@code 500ms}, {@code 15s}, {@code 2m}, {@code 24h}, {@code 7d}. */
final class DurationText {
    private DurationText() {
    }

    static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split))) {
            split++;
        }
        if (split == 0) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        long n = Long.parseLong(t.substring(0, split));
        String unit = t.substring(split).strip();
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "", "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "' in " + text);
        };
    }
}
