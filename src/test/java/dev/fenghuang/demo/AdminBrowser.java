package dev.fenghuang.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-side steps of the admin panel: signing in to {@code admin.php} and reading its hidden values. */
public final class AdminBrowser {
    private static final Pattern FORMHASH = Pattern.compile("name=\"formhash\" value=\"([0-9a-f]{8})\"");
    private static final Pattern SID = Pattern.compile("name=\"sid\" value=\"(\\w+)\"");

    private AdminBrowser() {
    }

    /** A browser logged in as admin with a live admin session. */
    public static Browser signedIn(DemoPortal portal) {
        Browser browser = Browser.loggedIn(portal, "admin", "admin123");
        Fetch.Page answer = reauthenticate(browser, "admin.php?", "admin123");
        if (answer.status() != 302) {
            throw new IllegalStateException("admin re-authentication failed: " + answer.status());
        }
        return browser;
    }

    /** GETs the URL (opening a pending admin session) and POSTs the password to it, as the form does. */
    public static Fetch.Page reauthenticate(Browser browser, String url, String password) {
        String form = text(browser, browser.get(url));
        return browser.post(url, "sid", value(SID, form), "frames", "yes", "formhash", formhash(form),
                "admin_password", password, "admin_questionid", "0", "admin_answer", "");
    }

    public static String formhash(String html) {
        return value(FORMHASH, html);
    }

    public static String sid(String html) {
        return value(SID, html);
    }

    static String text(Browser browser, Fetch.Page page) {
        return page.text(browser.charset());
    }

    private static String value(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return m.group(1);
    }
}
