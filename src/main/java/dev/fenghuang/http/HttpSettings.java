package dev.fenghuang.http;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * @param deadline how long one request may take in all, connecting and reading the whole body included;
 *                 at the deadline the connection is aborted
 * @param maxBodyBytes the largest body read; a larger one aborts the connection with {@link PageTooLarge}
 * @param trustedCertificates PEM files whose certificates are trusted for this site in addition to the system's
 */
public record HttpSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
                           Optional<Charset> charsetOverride, int maxConnections, Duration deadline,
                           long maxBodyBytes, List<Path> trustedCertificates) {

    /** A current desktop Chrome on Windows: no token Discuz's checkmobile() looks for. */
    public static final String DESKTOP_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Safari/537.36";
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** No Discuz page comes near it. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = DESKTOP_USER_AGENT;
        }
        charsetOverride = charsetOverride == null ? Optional.empty() : charsetOverride;
        if (maxConnections < 1) {
            maxConnections = 4;
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            deadline = DEFAULT_DEADLINE;
        }
        if (maxBodyBytes < 1) {
            maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        }
        trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
    }

    /** Settings with the default deadline, body cap and only the system's certificates. */
    public HttpSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
                        Optional<Charset> charsetOverride, int maxConnections) {
        this(userAgent, connectTimeout, readTimeout, charsetOverride, maxConnections, DEFAULT_DEADLINE,
                DEFAULT_MAX_BODY_BYTES, List.of());
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DESKTOP_USER_AGENT, Duration.ofSeconds(5), Duration.ofSeconds(15), Optional.empty(), 4);
    }

    public HttpSettings withDeadline(Duration total) {
        return new HttpSettings(userAgent, connectTimeout, readTimeout, charsetOverride, maxConnections, total,
                maxBodyBytes, trustedCertificates);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(userAgent, connectTimeout, readTimeout, charsetOverride, maxConnections, deadline,
                bytes, trustedCertificates);
    }

    public HttpSettings withTrustedCertificates(List<Path> pemFiles) {
        return new HttpSettings(userAgent, connectTimeout, readTimeout, charsetOverride, maxConnections, deadline,
                maxBodyBytes, pemFiles);
    }
}
