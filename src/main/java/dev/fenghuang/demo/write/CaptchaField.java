package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.Captchas;
import java.util.Random;

/** The captcha placeholder a form carries when the captcha is on (1.10), and the submit-side check. */
public final class CaptchaField {
    static final String LOGIN_MODULE = "member::logging";
    public static final String COMMENT_MODULE = "portal::portalcp";
    private static final Random RANDOM = new Random();

    private CaptchaField() {
    }

    /** The module a forum post form names: the fast reply under a thread, or a full or popup form. */
    public static final String FAST_REPLY_MODULE = "forum::viewthread";
    public static final String POST_MODULE = "forum::post";

    /** {@code c} + {@code S} + sid on a full page; {@code cSA} + three random characters + sid in an ajax fragment. */
    public static String hash(Visit visit, boolean fragment) {
        String sid = visit.request().cookies().getOrDefault(visit.site().cookiePrefix() + "sid", "");
        if (!sid.matches("[A-Za-z0-9]{6}")) {
            sid = Cookies.random(6, RANDOM);
        }
        return fragment ? "cSA" + Cookies.random(3, RANDOM) + sid : "cS" + sid;
    }

    /** The span and the {@code updateseccode} call, with the two tabs and line break seen on X3.5. */
    public static String markup(String hash, String module) {
        return "<span id=\"seccode_" + hash + "\"></span>\t\t\n<script type=\"text/javascript\" reload=\"1\">"
                + "updateseccode('" + hash + "', '<div class=\"rfm\"><table><tr><th><sec>: </th><td><sec><br />"
                + "<sec></td></tr></table></div>', '" + module + "');</script>\n";
    }

    /** Checks and uses up the code a submit carries in {@code seccodehash}/{@code seccodeverify}. */
    public static boolean verify(Visit visit, Captchas captchas) {
        PageRequest request = visit.request();
        String hash = request.param("seccodehash");
        String cookie = request.cookies().get(visit.site().cookiePrefix() + "seccode" + hash);
        return !hash.isEmpty() && captchas.submit(cookie, hash, visit.member().uid(), request.param("seccodeverify"),
                visit.site().now());
    }
}
