package dev.fenghuang;

import dev.fenghuang.app.Texts;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import java.util.Map;

/**
 * Run by {@link StartupWarmerTest} in a JVM of its own that logs the classes it loads: warms up as a start does, then
 * builds the memory cache as the main thread does, between two marks, and reads the texts of the user's language
 * (Chinese: LANG, no settings file in the home folder {@code args[0]}) between two more.
 */
final class StartupWarmerProcess {
    static final String BUILDING = "-- building the memory cache";
    static final String BUILT = "-- built";
    static final String TEXTS = "-- the texts in Chinese";
    static final String TEXTS_READ = "-- read";

    private StartupWarmerProcess() {
    }

    /**
     * Warms as a command whose first request goes to the site; with a second argument {@code start}: only starts the
     * warmer's threads as a start does, and waits for them; with {@code reader}: warms as the terminal reader's start
     * does; with {@code store}: as a command that sends no request (the warmer waits 100 ms for one); with
     * {@code one-page}: as a command that holds no pages in memory ({@code read}).
     */
    public static void main(String[] args) throws InterruptedException {
        Main launcher = new Main(XdgDirs.from(Map.of(), args[0]), Map.of("LANG", "zh_CN.UTF-8"));
        String mode = args.length > 1 ? args[1] : "";
        if (!mode.equals("store")) {
            StartupWarmer.fetchingStarts();
        }
        if (mode.equals("start")) {
            for (Thread t : StartupWarmer.start(launcher)) {
                t.join();
            }
            return;
        }
        if (mode.equals("reader")) {
            StartupWarmer.leaveFetchingToTheReader();
        }
        if (mode.equals("one-page")) {
            StartupWarmer.memoryCacheUnused();
        }
        StartupWarmer.warm(launcher, mode.equals("store") ? java.time.Duration.ofMillis(100)
                : java.time.Duration.ofSeconds(10));
        System.out.println(BUILDING);
        new PageCache(CachePolicy.defaults());
        System.out.println(BUILT);
        System.out.println(TEXTS);
        Texts.forLanguage("zh").get("meta.originalAuthor");
        System.out.println(TEXTS_READ);
    }
}
