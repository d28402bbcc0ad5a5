package dev.fenghuang.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run by {@link StoreStartTest} in a JVM of its own: opens the store file named by the first argument with SQLite's
 * library kept in the folder named by the second (as the program does), and closes it.
 */
final class OpenStoreProcess {
    private OpenStoreProcess() {
    }

    public static void main(String[] args) {
        SqliteLibrary.useFrom(Path.of(args[1]));
        try (SiteStore store = SiteStore.open(Path.of(args[0]), 1 << 20, SiteStore.GUEST, Clock.systemUTC(),
                System.out::println)) {
            System.out.println(store.usable() ? "opened" : "not opened");
        }
    }
}
