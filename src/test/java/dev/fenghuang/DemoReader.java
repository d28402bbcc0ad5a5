package dev.fenghuang;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.XdgDirs;
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
}
