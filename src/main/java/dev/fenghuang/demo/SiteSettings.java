package dev.fenghuang.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Site-wide settings of one running demo portal. The site is called {@link #SITE_NAME}; its portal nav entry,
 * renamed as on the real test site, {@link #NAV_NAME}.
 *
 * @param cookiePrefix the full cookie prefix, e.g. {@code Ab3x_2132_}
 * @param authkey the per-instance secret the formhash is derived from
 * @param canonicalBase the configured site URL that category links are cached with, ending in {@code /}
 * @param captcha true when login, comment and forum post forms ask for a captcha (1.10)
 * @param favoritesOff true for the fresh-install state without favourites (3.8)
 */
public record SiteSettings(Charset charset, String cookiePrefix, String authkey,
        String canonicalBase, boolean emptyIndex, Clock clock, boolean captcha, boolean favoritesOff) {
    public static final String SITE_NAME = "凤凰山下";
    public static final String NAV_NAME = "首页";

    /** The charset as Discuz writes it: {@code utf-8} or {@code gbk}. */
    public String charsetLabel() {
        return charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk";
    }

    /** {@code HOST:PORT} of the configured site URL. */
    public String canonicalAuthority() {
        return canonicalBase.substring(scheme().length() + "://".length(), canonicalBase.length() - 1);
    }

    /** {@code http} or {@code https}, as the configured site URL says. */
    public String scheme() {
        return canonicalBase.startsWith("https://") ? "https" : "http";
    }

    public long now() {
        return clock.millis() / 1000;
    }
}
