package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread favourites in the forum tab on the demo portal (4.8): f in a thread or on a board's row adds the thread
 * (a repeat is refused in the site's words), F lists the threads among the favourites and Enter opens one; F on the
 * portal still shows the portal's favourites.
 */
class ForumThreadFavoritesTest {
    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = WriteScreens.demo(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester signedIn() throws Exception {
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80,
                24, new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("L");
        WriteScreens.signIn(t, "reader1", "reader123");
        return t;
    }

    @Test
    void aThreadFavouritedInItsViewIsListedAndOpensFromTheList() throws Exception {
        try (ScreenTester t = signedIn()) {
            t.press("Tab", ":").type("1");
            t.press("f");
            assertThat(t.status()).contains("已收藏该主题");
            t.press("f");
            assertThat(t.text()).contains("请勿重复收藏");
            t.press("F");
            assertThat(t.row(0)).contains("收藏的主题");
            assertThat(t.text()).contains("2026渠县黄花节攻略贴");
            t.press("/").type("黄花节攻略");
            t.press("Enter");
            assertThat(t.text()).contains("楼主").contains("黄花节一年一度");
        }
    }

    @Test
    void aThreadFavouritedFromItsBoardRowIsListed() throws Exception {
        try (ScreenTester t = signedIn()) {
            t.press("Tab", "Enter", "j");
            String row = t.rows().stream().filter(r -> r.startsWith(">")).findFirst().orElseThrow();
            t.press("f");
            assertThat(t.status()).contains("已收藏该主题");
            t.press("F");
            String subject = row.substring(0, row.indexOf(" · "))
                    .replaceFirst("^>(?:[顶精关票附移] )*(?:\\+\\d+ )?(?:\\[[^]]*\\] )?", "");
            assertThat(t.text()).contains(subject);
            t.press("q", "q", "Tab", "F");
            assertThat(t.row(0)).contains("我的收藏").doesNotContain("收藏的主题");
        }
    }
}
