package dev.fenghuang.tui.write;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reactions and favourites from the reader, against the demo portal. */
class WritesTest {
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

    @Test
    void aNumberThenEnterReactsAndTheCountGoesUpAtOnce() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("G");
            assertThat(t.text()).contains("鲜花 0  握手 0");
            t.press("1");
            assertThat(t.status()).contains("1: Enter 表态「鲜花」");
            t.press("Enter");
            assertThat(t.status()).contains("表态成功");
            t.press("G");
            assertThat(t.text()).contains("鲜花 1  握手 0");
            t.press("2", "Enter");
            assertThat(t.status()).doesNotContain("表态成功").contains("已");
            assertThat(t.text()).contains("鲜花 1  握手 0");
        }
    }

    @Test
    void aGuestReactingIsAskedToSignInFirst() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 200, 60)) {
            t.press("3", "Enter");
            assertThat(t.text()).contains("用户名");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("G");
            assertThat(t.text()).contains("雷人 1");
        }
    }

    @Test
    void typedNumbersStillPickReferences() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("9", "y");
            assertThat(t.status()).contains("没有引用 [9]");
        }
    }

    @Test
    void favouritesAnArticleListsItAndRemovesItAfterAQuestion() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            t.press("f");
            assertThat(t.status()).contains("已加入收藏");
            t.press("f");
            assertThat(t.status()).doesNotContain("已加入收藏");
            t.press("F");
            assertThat(t.row(0)).contains("我的收藏");
            assertThat(t.text()).contains(WriteScreens.TITLE);
            t.press("Enter");
            assertThat(t.row(1)).contains(WriteScreens.TITLE);
            t.press("q", "d");
            List<String> rows = t.rows();
            assertThat(rows.get(rows.size() - 2) + rows.get(rows.size() - 1)).contains("取消收藏「" + WriteScreens.TITLE)
                    .endsWith("(y/n)");
            t.press("y");
            assertThat(t.status()).contains("已取消收藏");
            assertThat(t.text()).contains("还没有收藏").doesNotContain(WriteScreens.TITLE);
        }
    }

    @Test
    void theFavouritesOfAGuestAskToSignInFirst() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 200, 60)) {
            t.press("F");
            if (t.text().contains("用户名")) {
                WriteScreens.signIn(t, "reader1", "reader123");
            }
            assertThat(t.row(0)).contains("我的收藏");
            assertThat(t.text()).contains("还没有收藏");
        }
    }
}
