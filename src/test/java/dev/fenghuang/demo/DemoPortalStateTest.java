package dev.fenghuang.demo;

import dev.fenghuang.demo.write.FavoriteRoutesTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What tests ask the portal about its state, to see a write stored once. */
class DemoPortalStateTest {
    private DemoPortal portal;

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void countsCommentsByTheirPostedText() {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        assertThat(portal.commentsWithText(1, "数一数")).isZero();
        reader.post("portal.php?mod=portalcp&ac=comment&inajax=1", "message", "数一数", "referer",
                "portal.php?mod=view&aid=1#comment", "aid", "1", "formhash", reader.formhash(), "commentsubmit", "true");
        assertThat(portal.commentsWithText(1, "数一数")).isEqualTo(1);
        assertThat(portal.commentsWithText(2, "数一数")).isZero();
    }

    @Test
    void countsAMembersReactionsAndFavourites() {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        String html = new Browser(portal).get("portal.php?mod=view&aid=1").text();
        String hash = html.replaceAll("(?s).*?&amp;hash=([0-9a-f]{32})&amp;.*", "$1");
        reader.get("home.php?mod=spacecp&ac=click&op=add&clickid=2&idtype=aid&id=1&hash=" + hash
                + "&handlekey=clickhandle&infloat=yes&handlekey=k&inajax=1");
        assertThat(portal.reactionsBy("reader1", 1)).isEqualTo(1);
        assertThat(portal.reactionsBy("reader2", 1)).isZero();
        FavoriteRoutesTest.favorite(reader, 1, "");
        assertThat(portal.favoritesOf("reader1", 1)).isEqualTo(1);
        assertThat(portal.favoritesOf("nobody", 1)).isZero();
    }

    @Test
    void tellsACommentsModerationState() {
        long pending = portal.pendingCommentIds().get(0);
        assertThat(portal.commentState(pending)).isEqualTo("pending");
        assertThat(portal.commentState(999_999)).isEqualTo("deleted");
    }
}
