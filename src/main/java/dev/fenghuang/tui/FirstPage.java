package dev.fenghuang.tui;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.util.List;

/**
 * Puts the first page the reader shows on the wire before the terminal is set up: the article of {@code --open}, else
 * the category tree and the first category's list. The view asking for it later finds it in the cache or joins the
 * request in flight (the cache loads a key once), so the fetch overlaps with setting up the terminal. What fails here
 * is left for the view to meet and tell.
 */
final class FirstPage {
    private FirstPage() {
    }

    /** Starts fetching on a thread of its own, which is returned. */
    static Thread fetchAhead(PortalReader reader, Long openAid) {
        Thread t = new Thread(() -> fetch(reader, openAid), "first-page");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void fetch(PortalReader reader, Long openAid) {
        // The store opens on a thread of its own meanwhile (~8 ms), and every read waits for it before it asks the
        // site: the HTTP client (~4 ms; ~30 under `java -jar`) is built in that wait rather than after it. The
        // reader needs it after the first frame in any case.
        try {
            reader.prepareToSend();
            if (openAid != null) {
                reader.article(openAid, 1, false);
                return;
            }
            List<Section> sections = reader.sections(false);
            if (!sections.isEmpty()) {
                reader.list(sections.get(0).id(), 1, false);
            }
        } catch (IOException | RuntimeException e) {
            // the view asks again and tells what went wrong
        }
    }
}
