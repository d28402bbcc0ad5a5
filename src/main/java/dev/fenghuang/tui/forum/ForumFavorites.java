package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.ThreadFavorites;
import java.io.IOException;

/** The member's thread favourites (4.8), as the forum tab adds and lists them. Runs off the UI thread. */
public interface ForumFavorites {
    /** Adds thread {@code tid}: {@code Posted} when added, a repeat or a guest {@code Refused}/{@code NeedsLogin}. */
    PostResult add(long tid) throws IOException;

    /** One page (1-based) of the thread favourites, newest first. */
    ThreadFavorites list(int page) throws IOException;

    /** The favourites of a session, through its forum participation. */
    static ForumFavorites over(ForumParticipation participation) {
        return new ForumFavorites() {
            @Override
            public PostResult add(long tid) throws IOException {
                return participation.favorite(tid);
            }

            @Override
            public ThreadFavorites list(int page) throws IOException {
                return participation.favorites(page);
            }
        };
    }
}
