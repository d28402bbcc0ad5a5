package dev.fenghuang.app.sync;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a sync run fetches; two runs of the same plan (and account) share their progress.
 *
 * @param catids the categories, none for every section the site lists
 * @param pages list pages per category, from the first
 * @param comments whether every comment page of each article is fetched too
 * @param images whether the article images are fetched too
 * @param account whose pages they are (a member's differ from a guest's)
 */
public record SyncPlan(List<Integer> catids, int pages, boolean comments, boolean images, String account) {
    public SyncPlan {
        catids = catids.stream().distinct().sorted().toList();
        if (pages < 1) {
            throw new IllegalArgumentException("--pages is at least 1, not " + pages);
        }
        account = account == null ? "default" : account;
    }

    /** The plan's name in the ledger: equal for equal plans, whatever the order the categories were named in. */
    public String key() {
        return "account=" + account + ";catids=" + (catids.isEmpty() ? "all"
                : catids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                + ";pages=" + pages + (comments ? ";comments" : "") + (images ? ";images" : "");
    }
}
