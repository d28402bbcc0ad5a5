package dev.fenghuang.tui.forum;

import dev.fenghuang.app.Problem;
import dev.fenghuang.app.SiteWords;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.tui.UiLoop;

/** f on a thread (its view, or its row in a board's list): adds it to the favourites and tells how it went. */
final class ThreadFavoriting {
    private ThreadFavoriting() {
    }

    static void favorite(UiLoop ui, ForumParts forum, long tid) {
        if (forum.favorites() == null) {
            ui.message(ui.texts().get("tui.forum.writeUnavailable"));
            return;
        }
        ui.write(() -> forum.favorites().add(tid), result -> {
            if (result instanceof PostResult.Posted) {
                ui.message(ui.texts().get("tui.forum.favorited"));
            } else if (result instanceof PostResult.Refused refused) {
                ui.error(words(ui, refused.message()));
            } else if (result instanceof PostResult.NeedsLogin login) {
                ui.error(words(ui, login.message()));
            } else {
                ui.error(words(ui, ((PostResult.NeedsCaptcha) result).message()));
            }
        }, e -> ui.error(Problem.of(e, ui.texts()).message()));
    }

    private static String words(UiLoop ui, SiteMessage m) {
        return m.text().isBlank() ? ui.texts().get("write.refused") : SiteWords.of(m, ui.texts());
    }
}
