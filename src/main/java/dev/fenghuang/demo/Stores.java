package dev.fenghuang.demo;

/** The state a running demo portal keeps and changes: content, sessions, limits, captchas, favourites. */
record Stores(PortalContent content, Sessions sessions, LoginThrottle throttle, FloodControl flood,
        Captchas captchas, Favorites favorites) {
    static Stores of(PortalContent content) {
        return new Stores(content, new Sessions(), new LoginThrottle(), new FloodControl(), new Captchas(),
                new Favorites());
    }
}
