package dev.fenghuang.tui.read;

import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.PortalSearch;

/**
 * The reader's two search sources, the site's and the store's, and which one {@code s} asks: the one last chosen
 * (the site's at first); {@code S} switches.
 */
public final class SearchSources {
    private SearchSource site;
    private SearchSource stored = SearchSource.stored(null);
    private boolean localChosen;

    /** The site's own search ({@code null}: none). */
    public void site(PortalSearch search) {
        site = SearchSource.site(search);
    }

    /** The search over the store ({@code null}: no store). */
    public void stored(LocalSearch search) {
        stored = SearchSource.stored(search);
    }

    /** The source chosen now; null when that is the site's and the site has no search. */
    public SearchSource chosen() {
        return localChosen ? stored : site;
    }

    /** Chooses the other source and gives it (null as {@link #chosen}). */
    public SearchSource switchOver() {
        localChosen = !localChosen;
        return chosen();
    }
}
