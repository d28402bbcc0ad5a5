package dev.fenghuang.app;

import dev.fenghuang.cache.PageCache;
import dev.fenghuang.http.WebClient;
import dev.fenghuang.site.DiscuzSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/** Builds a {@link PortalReader} for a site profile: HTTP client, adapter, cache and section store. */
public final class ReaderFactory {
    /** Discuz's default time zone (UTC+8); times on the page carry no zone. */
    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    private final XdgDirs dirs;

    public ReaderFactory(XdgDirs dirs) {
        this.dirs = dirs;
    }

    public PortalReader open(SiteProfile profile, AutoCloseable alsoClose) {
        WebClient http = new WebClient(profile.http());
        DiscuzSite site = new DiscuzSite(profile.base(), profile.http().charsetOverride().orElse(StandardCharsets.UTF_8),
                http, Clock.system(SITE_ZONE));
        return new PortalReader(profile, new DiscuzReads(site, profile), new PageCache(profile.cache()),
                SectionStore.forSite(dirs, profile), () -> {
                    try (alsoClose; http) {
                        // closes both, the HTTP client first
                    }
                });
    }
}
