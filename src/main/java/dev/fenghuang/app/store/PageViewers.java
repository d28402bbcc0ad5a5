package dev.fenghuang.app.store;

import dev.fenghuang.store.SiteStore;
import java.util.Optional;

/**
 * Whose pages an account's store keeps and shows: a guest's (the same for every account of the site) while it is
 * signed out, the member's it signed in as while it is signed in. A member's pages (the reply form, their own comments
 * waiting for moderation, pages only members may read) are never shown to a guest, and signing in or out drops no
 * one's pages.
 */
public final class PageViewers {
    /** The viewer of a guest's pages. */
    public static final String GUEST = SiteStore.GUEST;
    /** The longest member name taken from the account's file; Discuz allows 15 characters. */
    private static final int MAX_NAME = 64;

    private PageViewers() {
    }

    /**
     * The viewer at the start of a run.
     *
     * @param signedIn whether the account's cookies hold a sign-in ({@code auth})
     * @param memberName the name the account last signed in as, as its file holds it; empty when not known
     * @param account the account's name, standing for a member signed in before names were kept
     */
    public static String atStart(boolean signedIn, Optional<String> memberName, String account) {
        if (!signedIn) {
            return GUEST;
        }
        return member(memberName.map(String::strip).filter(PageViewers::plausible).orElse("account " + account));
    }

    /** The viewer of the member of this name. */
    public static String member(String name) {
        return SiteStore.member(name);
    }

    private static boolean plausible(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME && name.codePoints().noneMatch(Character::isISOControl);
    }
}
