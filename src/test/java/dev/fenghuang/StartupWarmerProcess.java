package dev.fenghuang;

import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;

/**
 * Run by {@link StartupWarmerTest} in a JVM of its own that logs the classes it loads: warms up as a start does, then
 * builds the memory cache as the main thread does, between two marks.
 */
final class StartupWarmerProcess {
    static final String BUILDING = "-- building the memory cache";
    static final String BUILT = "-- built";

    private StartupWarmerProcess() {
    }

    public static void main(String[] args) {
        StartupWarmer.warm();
        System.out.println(BUILDING);
        new PageCache(CachePolicy.defaults());
        System.out.println(BUILT);
    }
}
