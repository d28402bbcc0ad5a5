package dev.fenghuang;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.SectionStore;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
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

    /** A reader over made-up site records, with the real cache (the TUI's packages may not build one). */
    public static PortalReader over(SiteReads site, Path home) {
        Settings settings = Settings.load(XdgDirs.from(Map.of(), home.toString()));
        return new PortalReader(SiteProfile.from("fake", "http://fake.example/", settings), site,
                new PageCache(CachePolicy.defaults()), new SectionStore(home.resolve("sections.json")), () -> { });
    }
}
