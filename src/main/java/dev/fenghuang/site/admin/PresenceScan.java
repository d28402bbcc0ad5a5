package dev.fenghuang.site.admin;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks for ids in a paged list, newest first (the moderation queue, a comment search), to confirm decisions by
 * what the site lists afterwards. Stops when every id is found, at the last page, or at a page whose ids are all
 * older (smaller) than every id not yet found — the lists are ordered newest first, so those cannot come later.
 * After {@link #MAX_PAGES} pages it gives up and says so.
 */
final class PresenceScan {
    static final int MAX_PAGES = 10;

    /** One page of ids and the page count the page states. */
    record Listing(List<Long> ids, int pageCount) {
    }

    @FunctionalInterface
    interface Pages {
        Listing read(int page) throws IOException;
    }

    /**
     * @param found the wanted ids that were listed
     * @param complete whether the ids not found are known to be absent
     */
    record Seen(Set<Long> found, boolean complete) {
        boolean absent(long id) {
            return complete && !found.contains(id);
        }
    }

    private PresenceScan() {
    }

    static Seen look(Pages pages, Set<Long> wanted) throws IOException {
        Set<Long> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return new Seen(found, true);
        }
        for (int p = 1; p <= MAX_PAGES; p++) {
            Listing listing = pages.read(p);
            long newest = 0;
            for (long id : listing.ids()) {
                newest = Math.max(newest, id);
                if (wanted.contains(id)) {
                    found.add(id);
                }
            }
            if (found.containsAll(wanted) || listing.ids().isEmpty() || p >= listing.pageCount()) {
                return new Seen(found, true);
            }
            long oldestMissing = wanted.stream().filter(id -> !found.contains(id)).mapToLong(Long::longValue)
                    .min().orElse(0);
            if (newest < oldestMissing) {
                return new Seen(found, true);
            }
        }
        return new Seen(found, false);
    }
}
