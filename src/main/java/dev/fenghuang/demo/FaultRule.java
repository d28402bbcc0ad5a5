package dev.fenghuang.demo;

import dev.fenghuang.demo.http.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which requests a {@link Fault} applies to, and how many times.
 *
 * <pre>{@code
 * portal.inject(FaultRule.of(Fault.RESET).on("/portal.php?mod=portalcp&ac=comment").times(1));
 * portal.inject(FaultRule.parse("drip:/portal.php?mod=view"));
 * }</pre>
 *
 * @param fault what goes wrong
 * @param method {@code GET} or {@code POST}, or "" for either
 * @param path the request path, e.g. {@code /portal.php}, or "" for every path
 * @param params query parameters the request must carry with these values (e.g. {@code mod=view})
 * @param times how many matching requests get the fault (for the write faults: how many stored writes); 0 for all
 */
public record FaultRule(Fault fault, String method, String path, Map<String, String> params, int times) {
    private static final Map<String, Fault> ALIASES = Map.of(
            "latency", Fault.SLOW, "reset-before-read", Fault.RESET, "missing-charset", Fault.UNDECLARED_CHARSET,
            "500", Fault.SERVER_ERROR, "502", Fault.BAD_GATEWAY, "503", Fault.SERVICE_UNAVAILABLE);

    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.isEmpty() && !method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("method must be GET or POST: " + method);
        }
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
    }

    /** The fault on every request, for ever. */
    public static FaultRule of(Fault fault) {
        return new FaultRule(fault, "", "", Map.of(), 0);
    }

    /**
     * Reads {@code NAME[:METHOD][:PATH[?PARAM=VALUE&...]][,times=N]}, e.g. {@code drip:/portal.php},
     * {@code stall-after-write:post:/portal.php?mod=portalcp&ac=comment,times=1}. NAME is a {@link Fault#spec()} or
     * one of {@code latency}, {@code reset-before-read}, {@code missing-charset}, {@code 500}, {@code 502},
     * {@code 503}.
     *
     * @throws IllegalArgumentException naming what is wrong and the known names
     */
    public static FaultRule parse(String spec) {
        String rest = spec.strip();
        int times = 0;
        int comma = rest.lastIndexOf(",times=");
        if (comma >= 0) {
            times = count(rest.substring(comma + ",times=".length()), spec);
            rest = rest.substring(0, comma);
        }
        String[] parts = rest.split(":", 2);
        FaultRule rule = of(named(parts[0], spec)).times(times);
        if (parts.length == 1) {
            return rule;
        }
        String target = parts[1];
        int colon = target.indexOf(':');
        if (colon > 0 && !target.startsWith("/")) {
            rule = new FaultRule(rule.fault, target.substring(0, colon), "", Map.of(), times);
            target = target.substring(colon + 1);
        } else if (!target.startsWith("/")) {
            rule = new FaultRule(rule.fault, target, "", Map.of(), times);
            target = "";
        }
        return target.isEmpty() ? rule : rule.on(target);
    }

    /** The same rule for one path, with the query's parameters to match: {@code /portal.php?mod=view}. */
    public FaultRule on(String target) {
        int q = target.indexOf('?');
        String p = q < 0 ? target : target.substring(0, q);
        Map<String, String> wanted = q < 0 ? Map.of()
                : new LinkedHashMap<>(PageRequest.query(target.substring(q + 1), StandardCharsets.UTF_8));
        return new FaultRule(fault, method, p, wanted, times);
    }

    /** The same rule for POST requests only. */
    public FaultRule onPost() {
        return new FaultRule(fault, "POST", path, params, times);
    }

    /** The same rule for GET requests only. */
    public FaultRule onGet() {
        return new FaultRule(fault, "GET", path, params, times);
    }

    /** The same rule for the next {@code n} matching requests (0: all). */
    public FaultRule times(int n) {
        return new FaultRule(fault, method, path, params, n);
    }

    /** True when a request with this method, path and query parameters is one the rule is about. */
    boolean matches(String requestMethod, String requestPath, Map<String, String> query) {
        return (method.isEmpty() || method.equalsIgnoreCase(requestMethod))
                && (path.isEmpty() || path.equals(requestPath))
                && params.entrySet().stream().allMatch(e -> e.getValue().equals(query.get(e.getKey())));
    }

    @Override
    public String toString() {
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return fault.spec() + (method.isEmpty() ? "" : ":" + method.toLowerCase(Locale.ROOT))
                + (path.isEmpty() && query.isEmpty() ? "" : ":" + path + (query.isEmpty() ? "" : "?" + query))
                + (times == 0 ? "" : ",times=" + times);
    }

    private static Fault named(String name, String spec) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(key)) {
            return ALIASES.get(key);
        }
        return Arrays.stream(Fault.values()).filter(f -> f.spec().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + name + "' in '" + spec
                        + "'; known: " + Arrays.stream(Fault.values()).map(Fault::spec)
                        .collect(Collectors.joining(", ")) + " (also latency, reset-before-read, missing-charset, "
                        + "500, 502, 503)"));
    }

    private static int count(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("times must be a number in '" + spec + "'", e);
        }
    }
}
