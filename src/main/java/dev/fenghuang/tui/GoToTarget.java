package dev.fenghuang.tui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the go-to command leads: an article or a category, from what the user typed — an article or list URL
 * ({@code portal.php?mod=view&aid=N}, {@code article-N-1.html}, {@code mod=list&catid=N}), {@code aid N},
 * {@code catid N}, or a bare number (an article).
 */
record GoToTarget(Kind kind, long id) {
    enum Kind { ARTICLE, CATEGORY }

    private static final Pattern ARTICLE_URL = Pattern.compile("(?:[?&]aid=|article-)(\\d{1,18})");
    private static final Pattern LIST_URL = Pattern.compile("(?:[?&]catid=|/list-)(\\d{1,9})");
    private static final Pattern WORDS = Pattern.compile("(aid|catid)\\s*[= ]?\\s*(\\d{1,18})");

    static Optional<GoToTarget> parse(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,18}")) {
            return Optional.of(new GoToTarget(Kind.ARTICLE, Long.parseLong(s)));
        }
        Matcher m = WORDS.matcher(s);
        if (m.matches()) {
            Kind kind = m.group(1).equals("aid") ? Kind.ARTICLE : Kind.CATEGORY;
            return valid(kind, m.group(2));
        }
        m = ARTICLE_URL.matcher(s);
        if (m.find()) {
            return valid(Kind.ARTICLE, m.group(1));
        }
        m = LIST_URL.matcher(s);
        if (m.find()) {
            return valid(Kind.CATEGORY, m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<GoToTarget> valid(Kind kind, String digits) {
        long id = Long.parseLong(digits);
        if (id <= 0 || (kind == Kind.CATEGORY && id > Integer.MAX_VALUE)) {
            return Optional.empty();
        }
        return Optional.of(new GoToTarget(kind, id));
    }
}
