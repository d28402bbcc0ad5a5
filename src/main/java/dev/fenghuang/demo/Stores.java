package dev.fenghuang.demo;

import dev.fenghuang.demo.admin.AdminSessions;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.store.Captchas;
import dev.fenghuang.demo.store.Favorites;
import dev.fenghuang.demo.store.FloodControl;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.LoginThrottle;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.store.Sessions;

/**
 * The state a running demo portal keeps and changes: content, sessions, limits, captchas, favourites, the
 * moderation queue and the admin panel's sessions.
 */
public record Stores(PortalContent content, Sessions sessions, LoginThrottle throttle, FloodControl flood,
        Captchas captchas, Favorites favorites, HeldComments queue, AdminSessions adminSessions,
        ForumData forum) {
    static Stores of(PortalContent content) {
        return new Stores(content, new Sessions(), new LoginThrottle(), new FloodControl(), new Captchas(),
                new Favorites(), new HeldComments(), new AdminSessions(), new ForumData());
    }
}
