package dev.fenghuang;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Path;
import java.util.Map;

/**
 * A read API over a demo portal started in this process, built as {@code main} builds it, for tests in packages
 * that may not see the demo portal themselves (the TUI's).
 */
public final class DemoReader {
    private DemoReader() {
    }

    /** Starts a demo portal and opens a reader on it; closing the reader stops the portal. */
    public static PortalReader open(Path home) {
        return new Main(XdgDirs.from(Map.of(), home.toString())).open(null, true);
    }

    /** Starts a demo portal and opens a session on it (reader, forum and all), as {@code main} would. */
    public static PortalSession session(Path home) {
        return new Main(XdgDirs.from(Map.of(), home.toString())).session(null, true, null);
    }

    /**
     * Starts a demo portal in its hostile-content mode (escape sequences in every text it serves) and opens a session
     * on it, as {@code main} would; closing the session stops the portal.
     */
    public static PortalSession hostile(Path home) {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        DemoPortal portal = DemoPortal.start(DemoOptions.builder().hostile(true).build());
        SiteProfile profile = SiteProfile.from("demo", portal.baseUrl().toString(), Settings.load(dirs));
        return new ReaderFactory(dirs).openSession(profile, null, portal);
    }

    /**
     * Starts a demo portal with a fault on every request ({@code hostile-image}, say) and opens a session on it, as
     * {@code main} would; closing the session stops the portal.
     */
    public static PortalSession withFault(Path home, String faultSpec) {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
        portal.inject(dev.fenghuang.demo.FaultRule.parse(faultSpec));
        SiteProfile profile = SiteProfile.from("demo", portal.baseUrl().toString(), Settings.load(dirs));
        return new ReaderFactory(dirs).openSession(profile, null, portal);
    }

    /**
     * Starts a demo portal and opens one session on it per account, as {@code main} would; the site is not named
     * {@code demo}, so that it keeps a store in {@code home} when {@code store} is true. Closing the first session
     * stops the portal.
     */
    public static java.util.List<PortalSession> accounts(Path home, boolean store, String... accounts)
            throws java.io.IOException {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        java.nio.file.Files.createDirectories(dirs.config());
        java.nio.file.Files.writeString(dirs.config().resolve("fenghuang.properties"),
                "store.enabled = " + store + "\n");
        DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
        SiteProfile profile = SiteProfile.from("local", portal.baseUrl().toString(), Settings.load(dirs));
        java.util.List<PortalSession> sessions = new java.util.ArrayList<>();
        for (String account : accounts) {
            sessions.add(new ReaderFactory(dirs).openSession(profile, account, sessions.isEmpty() ? portal : null));
        }
        return sessions;
    }

    /** A reader over made-up site records, with the real cache (the TUI's packages may not build one). */
    public static PortalReader over(SiteReads site, Path home) {
        Settings settings = Settings.load(XdgDirs.from(Map.of(), home.toString()));
        return new PortalReader(SiteProfile.from("fake", "http://fake.example/", settings), site,
                new PageCache(CachePolicy.defaults()), new SectionStore(home.resolve("sections.json")), () -> { });
    }
}
