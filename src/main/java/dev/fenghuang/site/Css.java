package dev.fenghuang.site;

import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * CSS queries parsed once and reused. jsoup parses a query string on every {@code select(String)} call, which
 * cost about as much as the rest of the extraction from a page; evaluators are stateless and thread-safe.
 */
public final class Css {
    private static final ConcurrentHashMap<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

    private Css() {
    }

    public static Evaluator of(String query) {
        return QUERIES.computeIfAbsent(query, Selector::evaluatorOf);
    }
}
