package dev.fenghuang.demo;

import java.net.URI;

/**
 * The {@code submitcheck} rules of 1.6 for a state-changing request: POST, the named flag, the form hash
 * (a wrong one never gets here: see {@link RequestGuard}) and a Referer that is absent or names this host.
 */
public final class SubmitCheck {
    private SubmitCheck() {
    }

    /** True when the request may change state. */
    public static boolean passes(Visit visit, String flag) {
        PageRequest request = visit.request();
        return request.post() && !request.param(flag).isEmpty() && request.param("formhash").equals(visit.formhash())
                && sameHost(request.referer(), request.host(), false);
    }

    /**
     * True for no Referer or one naming the Host header's host; the port only counts when asked
     * (the captcha image compares it, 1.10).
     */
    public static boolean sameHost(String referer, String hostHeader, boolean withPort) {
        if (referer.isEmpty()) {
            return !withPort;
        }
        String authority;
        try {
            authority = URI.create(referer).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (authority == null) {
            return false;
        }
        return withPort ? authority.equalsIgnoreCase(hostHeader) : hostOnly(authority).equalsIgnoreCase(hostOnly(hostHeader));
    }

    private static String hostOnly(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
