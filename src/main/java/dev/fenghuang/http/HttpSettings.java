package dev.fenghuang.http;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;

/**
 * How the HTTP layer talks to one site.
 *
 * @param userAgent the User-Agent sent with every request; Discuz serves its mobile template to agents it
 *                  does not recognise as a desktop browser, so the default is a desktop browser's
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for each read of a response
 * @param charsetOverride decode every page with this charset, whatever the site declares
 * @param maxConnections size of the keep-alive pool
 */
public record HttpSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
                           Optional<Charset> charsetOverride, int maxConnections) {

    /** A current desktop Chrome on Windows: no token Discuz's checkmobile() looks for. */
    public static final String DESKTOP_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Safari/537.36";

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = DESKTOP_USER_AGENT;
        }
        charsetOverride = charsetOverride == null ? Optional.empty() : charsetOverride;
        if (maxConnections < 1) {
            maxConnections = 4;
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DESKTOP_USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(15), Optional.empty(), 4);
    }
}
