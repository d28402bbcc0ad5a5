package dev.fenghuang.tui;

import dev.fenghuang.app.store.StalePages;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.TimeText;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Says on the status line that a page came from the store past its time and is being fetched again, then how that
 * ended; the fresh copy shows on the next look (or {@code r}). Posted to the loop's thread, whatever thread tells it.
 */
final class StaleNotice implements StalePages {

    private final Consumer<Runnable> post;
    private final Consumer<String> message;
    private final Texts texts;
    private final ZoneId zone;

    StaleNotice(Consumer<Runnable> post, Consumer<String> message, Texts texts, ZoneId zone) {
        this.post = post;
        this.message = message;
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public void shown(String page, Instant fetchedAt) {
        String at = TimeText.clock(fetchedAt.atZone(zone).toLocalDateTime());
        post.accept(() -> message.accept(texts.get("store.stale", at)));
    }

    @Override
    public void refreshed(String page) {
        post.accept(() -> message.accept(texts.get("store.refreshed")));
    }

    @Override
    public void failed(String page, IOException error) {
        post.accept(() -> message.accept(texts.get("store.refreshFailed")));
    }
}
