package dev.fenghuang.site.forum;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.site.FuzzChecks;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any page given to the forum parsers (thread, board, index, search) gives a clean record (every string through the site's sanitizer) or
 * {@link UnexpectedPage}; nothing else escapes. Seeds: every hand-written page under src/test/resources/site.
 */
class ForumParsersFuzzTest {
    private static final String URL = ForumFixtures.SITE + "forum.php?mod=viewthread&tid=51&page=2&authorid=3";

    private static Document document(byte[] page) {
        return Jsoup.parse(new String(page, StandardCharsets.UTF_8), URL);
    }

    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsAThreadPageOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ThreadPageParser.parse(document(page), ForumFixtures.CLOCK));
        } catch (UnexpectedPage notAThread) {
            // documented: no div#postlist
        }
    }

    /** The same from the page's text, cut to what is read where the cut can vouch for it, read whole otherwise. */
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsAThreadPageFromItsTextOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ThreadPageParser.parse(new String(page, StandardCharsets.UTF_8), URL,
                    ForumFixtures.CLOCK));
        } catch (UnexpectedPage notAThread) {
            // documented: no div#postlist
        }
    }

    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsABoardPageOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(BoardPageParser.parse(document(page), ForumFixtures.CLOCK));
        } catch (UnexpectedPage notABoard) {
            // documented: no #threadlist
        }
    }

    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsTheForumIndexOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ForumIndexParser.parse(document(page), ForumFixtures.CLOCK));
        } catch (UnexpectedPage notAnIndex) {
            // documented: neither #chart nor a category block
        }
    }

    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsASearchResultOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ThreadSearchParser.parse(document(page), ForumFixtures.CLOCK));
        } catch (UnexpectedPage notAResult) {
            // documented: neither div.sttl nor div.slst
        }
    }
}
