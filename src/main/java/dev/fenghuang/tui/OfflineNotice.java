package dev.fenghuang.tui;

import dev.fenghuang.app.store.OfflinePages;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Says on the status line that a page shown came from the store because the site is not asked ({@code --offline})
 * or could not be reached: "offline, as of 15:02" (the date too when it was not today). Posted to the loop's thread,
 * whatever thread tells it.
 */
final class OfflineNotice implements OfflinePages {

    private final Consumer<Runnable> post;
    private final Consumer<String> message;
    private final Texts texts;
    private final ZoneId zone;
    private final java.time.InstantSource now;

    OfflineNotice(Consumer<Runnable> post, Consumer<String> message, Texts texts, ZoneId zone,
                  java.time.InstantSource now) {
        this.post = post;
        this.message = message;
        this.texts = texts;
        this.zone = zone;
        this.now = now;
    }

    /** From now on the reader's pages shown offline are said on the loop's status line. */
    static void attach(PortalReader reader, UiLoop loop, Texts texts, ZoneId zone, java.time.InstantSource now) {
        reader.onOffline(new OfflineNotice(loop::post, loop::message, texts, zone, now));
    }

    @Override
    public void shown(String page, Instant fetchedAt) {
        boolean today = fetchedAt.atZone(zone).toLocalDate().equals(now.instant().atZone(zone).toLocalDate());
        java.time.LocalDateTime local = fetchedAt.atZone(zone).toLocalDateTime();
        String at = today ? TimeText.clock(local) : TimeText.minute(local);
        post.accept(() -> message.accept(texts.get("offline.asOf", at)));
    }
}
