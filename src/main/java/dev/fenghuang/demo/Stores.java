package dev.fenghuang.demo;

/**
 * The state a running demo portal keeps and changes: content, sessions, limits, captchas, favourites, the
 * moderation queue and the admin panel's sessions.
 */
record Stores(PortalContent content, Sessions sessions, LoginThrottle throttle, FloodControl flood,
        Captchas captchas, Favorites favorites, ModerationQueue queue, AdminSessions adminSessions,
        dev.fenghuang.demo.forum.ForumData forum) {
    static Stores of(PortalContent content) {
        return new Stores(content, new Sessions(), new LoginThrottle(), new FloodControl(), new Captchas(),
                new Favorites(), new ModerationQueue(), new AdminSessions(), new dev.fenghuang.demo.forum.ForumData());
    }
}
