package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.model.Article;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A process of its own writing articles into a store and reading each back, for {@link TwoProcessesTest}: exits 0
 * when every article came back equal and the store never gave up, 1 otherwise.
 *
 * <p>Arguments: the store file, the first article id, how many.
 */
public final class StoreWriterProcess {
    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        List<String> notices = new ArrayList<>();
        int wrong = 0;
        try (SiteStore store = SiteStore.open(file, 200L * 1024 * 1024, "default", Clock.systemUTC(), notices::add)) {
            for (long aid = first; aid < first + count; aid++) {
                Article a = StoredRecords.article(aid);
                store.save(CacheKey.article(aid, 1), a, Clock.systemUTC().instant());
                if (!store.load(CacheKey.article(aid, 1)).map(k -> k.value().equals(a)).orElse(false)) {
                    wrong++;
                }
            }
        }
        System.out.println("wrong " + wrong + " notices " + notices);
        System.exit(wrong == 0 && notices.isEmpty() ? 0 : 1);
    }
}
