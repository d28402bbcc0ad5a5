package dev.fenghuang;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A demo portal and one account's session on it, built as {@code main} builds it, for tests in packages that may not
 * see the demo portal themselves (the TUI's); it passes on the portal's test controls.
 */
public final class DemoSession implements AutoCloseable {
    private final DemoPortal portal;
    private final PortalSession session;

    private DemoSession(DemoPortal portal, PortalSession session) {
        this.portal = portal;
        this.session = session;
    }

    /** Starts a demo portal (UTF-8) and opens the default account's session on it, its files under {@code home}. */
    public static DemoSession open(Path home) {
        return open(home, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The same on a demo portal that speaks the given charset (UTF-8 or GBK). */
    public static DemoSession open(Path home, java.nio.charset.Charset charset) {
        return open(home, DemoOptions.builder().charset(charset).build());
    }

    /** The same on a demo portal started with {@code options} (a captcha in the login form, say). */
    public static DemoSession open(Path home, DemoOptions options) {
        DemoPortal portal = DemoPortal.start(options);
        PortalSession session = new Main(XdgDirs.from(Map.of(), home.toString()))
                .session(portal.baseUrl().toString(), false, null);
        return new DemoSession(portal, session);
    }

    public PortalSession session() {
        return session;
    }

    /** The same account on the same portal working offline ({@code --offline}), its files under {@code home}. */
    public PortalSession offline(Path home) {
        return new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null,
                dev.fenghuang.app.store.StoreMode.OFFLINE);
    }

    /** A guest's reader on the same portal, its files under {@code home}: what the public sees. */
    public PortalSession guest(Path home) {
        return new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null);
    }

    /** The portal's address, for a reader started elsewhere ({@code --site URL}). */
    public String baseUrl() {
        return portal.baseUrl().toString();
    }

    /** Moves the site's clock on (past its flood control). */
    public void advanceClock(Duration by) {
        portal.advanceClock(by);
    }

    /** The demo forum's moderation log, as {@code TID MODERATOR ACTION: REASON} lines. */
    public java.util.List<String> forumModerationLog() {
        return portal.forumModerationLog();
    }

    /** The code of the captcha image the portal handed out last. */
    public String newestCaptchaCode() {
        return portal.newestCaptchaCode().orElseThrow();
    }

    /** A forum post's state on the site: visible, banned, pending, ignored, recycled or missing. */
    public String forumPostState(int pid) {
        return portal.forumPostState(pid);
    }

    /** Ends every signed-in session on the site, as a timeout would. */
    public void expireSessions() {
        portal.expireSessions();
    }

    /** The site handles the next write but its answer never arrives. */
    public void dropNextWriteAnswer() {
        portal.dropNextWriteAnswer();
    }

    /** Makes the portal misbehave from now on, as {@code demo-portal --fault SPEC} does. */
    public void inject(String faultSpec) {
        portal.inject(dev.fenghuang.demo.FaultRule.parse(faultSpec));
    }

    /** How many requests the portal has served. */
    public long requestCount() {
        return portal.requestCount();
    }

    /** Path and query of every request the portal has served, in arrival order. */
    public java.util.List<String> requestLog() {
        return portal.requestLog();
    }

    @Override
    public void close() throws Exception {
        try {
            session.close();
        } finally {
            portal.close();
        }
    }
}
