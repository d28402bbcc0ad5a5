package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.Visits;
import dev.fenghuang.tui.term.ExternalEditor;
import com.googlecode.lanterna.SGR;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum tab on the demo portal, on Lanterna's virtual terminal: Tab and 2 open it beside the portal, the board
 * tree leads to a board's threads and a thread by floors, pages turn, floors are jumped to, one author's floors
 * shown, thread types filtered, unread replies marked, and every size from 20×5 to 200×60 draws.
 */
class ForumTabTest {
    @TempDir
    static Path home;
    static PortalSession session;

    @BeforeAll
    static void open() {
        session = DemoReader.session(home);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    static ScreenTester tester(int columns, int rows) throws Exception {
        return tester(columns, rows, Tui.forumOf(session));
    }

    static ScreenTester tester(int columns, int rows, ForumParts forum) throws Exception {
        ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh"), columns, rows,
                new ExternalEditor("false"));
        t.loop.forum(forum);
        return t;
    }

    @Test
    void tabOpensTheForumBesideThePortalAndKeepsEachTabsPlace() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            String portal = t.text();
            t.press("Tab");
            assertThat(t.row(0)).contains("论坛");
            assertThat(t.text()).contains("凤凰山下社区").contains("渠县杂谈").contains("便民服务").contains("站务公告")
                    .contains("└ 渠县美食");
            t.press("Enter");
            assertThat(t.row(0)).contains("渠县杂谈");
            assertThat(t.text()).contains("2026渠县黄花节攻略贴").contains("顶 ").contains("[求助]");
            t.press("Tab");
            assertThat(t.text()).isEqualTo(portal);
            t.press("Tab");
            assertThat(t.row(0)).contains("渠县杂谈");
            t.press("q", "q");
            assertThat(t.text()).isEqualTo(portal);
            assertThat(t.loop.running()).isTrue();
        }
    }

    /**
     * A board opened (:f2) while the board tree still loads, then q: the q drops the tree's load and shows the tree,
     * which loads again with the spinner rather than staying blank.
     */
    @Test
    void aQThatDropsTheTreesLoadShowsItLoadedAgain() throws Exception {
        HeldWorker worker = new HeldWorker();
        try (ScreenTester t = ScreenTester.onWorker(session, TuiOptions.defaults().withLanguage("zh"), 80, 24,
                worker)) {
            t.loop.forum(Tui.forumOf(session));
            worker.runAll();
            t.settle().press("Tab");
            t.press(":").type("f2");
            worker.runLast(); // the board's threads; the tree is still on its way
            t.settle();
            assertThat(t.text()).contains("2026渠县黄花节攻略贴");
            t.press("q");
            assertThat(t.status()).contains("载入中");
            worker.runAll();
            t.settle();
            assertThat(t.text()).contains("凤凰山下社区").contains("└ 渠县美食");
        }
    }

    @Test
    void twoOpensTheForumOnlyWhereNoCountIsTyped() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("2");
            assertThat(t.row(0)).contains("论坛");
            t.press(":").type("1");
            assertThat(t.text()).contains("楼主");
            t.press("1", "2");
            assertThat(t.row(0)).contains("2026渠县黄花节攻略贴");
            t.press("q");
            t.press("1");
            assertThat(t.row(0)).doesNotContain("论坛");
        }
    }

    @Test
    void theLongThreadShowsItsFloorsNamedAndPagesThrough() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            String first = t.text();
            assertThat(first).contains("2026渠县黄花节攻略贴：吃住行一帖搞定").contains("回复 64").contains("第 1/7 页")
                    .containsPattern("楼主  归来 \\(网站编辑\\) · 20\\d\\d-\\d\\d-\\d\\d ").contains("沙发  达城过客")
                    .contains("板凳  归来").contains("地板  文峰山人").contains("[4] 附件 黄花节行程表.doc (32 KB)");
            assertThat(t.status()).contains("1/7");
            t.press("G");
            assertThat(t.text()).contains("6#  老街坊").containsPattern("> 达城过客 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d: 黄花的季节又到了")
                    .contains("│ 08:00 渠县汽车站出发").contains("10#  reader1");
            t.press("]");
            assertThat(t.text()).contains("第 2/7 页").contains("11#  达城过客")
                    .containsPattern("本帖最后由 reader2 于 2026-12-\\d+ \\d\\d:\\d\\d 编辑").contains("15#  老街坊")
                    .contains("[已屏蔽] 提示: 该帖被管理员或版主屏蔽");
            t.press("[");
            assertThat(t.text()).contains("楼主  归来");
            t.press("[");
            assertThat(t.status()).contains("已是第一页");
        }
    }

    @Test
    void jumpsToAFloorOrAPageAndToTheLastPage() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press(":").type("25");
            assertThat(t.text()).contains("第 3/7 页").contains("25#  三汇人家");
            t.press(":").type("p7");
            assertThat(t.text()).contains("第 7/7 页");
            t.press("]");
            assertThat(t.status()).contains("已是最后一页");
            t.press(":").type("x");
            assertThat(t.status()).contains("请给出楼层号");
        }
    }

    @Test
    void aJumpPutsTheCursorOnTheFloorEvenWhereThePageCannotScrollItToTheTop() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press(":").type("20");
            assertThat(t.text()).contains("第 2/7 页");
            assertThat(cursorOn(t)).isEqualTo("20#");
        }
    }

    @Test
    void everyFloorOfAPageCanComeUnderTheCursor() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press("]", "G");
            assertThat(cursorOn(t)).isEqualTo("20#");
            t.press("k");
            assertThat(cursorOn(t)).isEqualTo("19#");
            t.press("j");
            assertThat(cursorOn(t)).isEqualTo("20#");
            t.press("g");
            assertThat(cursorOn(t)).isEqualTo("11#");
        }
    }

    /** The floor label drawn in reverse at the start of a row: the floor under the cursor. */
    private static String cursorOn(ScreenTester t) {
        List<String> rows = t.rows();
        List<String> under = new java.util.ArrayList<>();
        for (int r = 1; r < rows.size() - 1; r++) {
            if (rows.get(r).matches("^(\\d+#|楼主|沙发|板凳|地板) .*")
                    && t.terminal.getCharacter(0, r).getModifiers().contains(SGR.REVERSE)) {
                under.add(rows.get(r).substring(0, rows.get(r).indexOf(' ')));
            }
        }
        assertThat(under).as("floors drawn under the cursor").hasSize(1);
        return under.get(0);
    }

    @Test
    void aThreadOpenedByItsNumberFromTheIndexNamesItsBoard() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("6");
            assertThat(t.text()).contains("楼主");
            assertThat(t.row(0)).containsPattern("(渠县杂谈|便民服务|站务公告|渠县美食) › ");
        }
    }

    @Test
    void oneAuthorsFloorsAndBackToAll() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press("a");
            assertThat(t.text()).contains("只看该作者").contains("归来").doesNotContain("沙发  达城过客");
            assertThat(t.rows()).noneMatch(r -> r.matches("^(沙发|板凳|地板|\\d+#) .*")).anyMatch(r -> r.startsWith("pid "));
            t.press("a");
            assertThat(t.text()).doesNotContain("只看该作者").contains("沙发  达城过客");
        }
    }

    @Test
    void quotesUnfoldOnTheFloorUnderTheCursor() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press(":").type("6");
            assertThat(t.text()).containsPattern("> 达城过客 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d: 黄花的季节又到了");
            t.press("z");
            assertThat(t.text()).containsPattern("  > 达城过客 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:").contains("  > 黄花的季节又到了");
        }
    }

    @Test
    void aQuoteOfSeveralLinesFoldsToOneAndUnfoldsWhole() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press(":").type("34");
            assertThat(t.text()).containsPattern("> 归来 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d: 黄花节一年一度.*…")
                    .doesNotContain("  > 欢迎大家来玩！");
            t.press("z");
            assertThat(t.text()).contains("  > 黄花节一年一度").contains("  > 欢迎大家来玩！")
                    .contains("  > 官方信息见渠县人民政府网");
        }
    }

    @Test
    void typeFilterStepsThroughTheBoardsTypes() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", "Enter");
            t.press("t");
            assertThat(t.status()).contains("正在显示：求助");
            assertThat(t.rows().subList(1, 10)).allMatch(r -> r.isEmpty() || r.contains("[求助]"));
            t.press("t", "t", "t");
            assertThat(t.status()).contains("全部主题");
        }
    }

    @Test
    void threadsWithRepliesSinceTheLastVisitAreMarked() throws Exception {
        Visits visits = Visits.inMemory();
        visits.visited(1, 60);
        ForumParts forum = Tui.forumOf(session);
        try (ScreenTester t = tester(80, 24, new ForumParts(forum.source(), null, visits))) {
            t.press("Tab", "Enter");
            assertThat(t.text()).contains("+4 [分享] 2026渠县黄花节攻略贴");
            t.press("/").type("黄花节攻略");
            t.press("Enter", "q");
            assertThat(t.text()).doesNotContain("+4").contains("附 [分享] 2026渠县黄花节攻略贴");
            assertThat(visits.replies(1)).hasValue(64);
        }
    }

    @Test
    void aMovedThreadIsMarkedAndTheHelpExplainsTheMarkers() throws Exception {
        var moved = session.forum().board(dev.fenghuang.app.forum.BoardRequest.of(2)).threads().stream()
                .filter(dev.fenghuang.model.forum.ThreadRow::moved).findFirst().orElseThrow();
        try (ScreenTester t = tester(200, 60)) {
            t.press("Tab", "Enter");
            String row = t.rows().stream().filter(r -> r.contains(moved.subject())).findFirst().orElseThrow();
            assertThat(row).contains("移 ");
            t.press("?");
            assertThat(t.text()).contains("顶 精 关 票 附 移 +N");
        }
    }

    @Test
    void aWideWindowShowsTheBoardTreeBesideTheThreads() throws Exception {
        try (ScreenTester t = tester(120, 30)) {
            t.press("Tab");
            String row = t.rows().stream().filter(r -> r.contains("渠县杂谈 (")).findFirst().orElseThrow();
            assertThat(row).contains("│");
            assertThat(t.text()).contains("2026渠县黄花节攻略贴").contains("最后 ");
        }
    }

    @Test
    void withoutAForumTheTabSaysSo() throws Exception {
        try (ScreenTester t = tester(80, 24, ForumParts.NONE)) {
            t.press("Tab");
            assertThat(t.text()).contains("无法在这里读取本站论坛");
        }
    }

    @Test
    void aGuestsReplyIsRefusedInTheSitesWordsAndTheTextStaysInTheEditor() throws Exception {
        try (ScreenTester t = tester(80, 24)) {
            t.press("Tab", ":").type("1");
            t.press("R");
            t.write("游客的回复");
            t.press("Ctrl-s");
            assertThat(t.text()).contains("游客的回复");
            assertThat(t.loop.layers().isEmpty()).isFalse();
            t.press("Escape");
            assertThat(t.loop.running()).isTrue();
        }
    }

    @Test
    void tinyAndHugeWindowsDrawEveryScreen() throws Exception {
        for (int[] size : new int[][] {{20, 5}, {200, 60}, {1, 1}}) {
            try (ScreenTester t = tester(size[0], size[1])) {
                t.press("Tab", "Enter", "j", "Enter", "j", "Space", "]", "z", "a", "a", "G", "Escape", "t", "?",
                        "Escape", "Escape", "Tab", ":").type("1");
                t.press("]", "Space", "k");
                assertThat(t.loop.running()).isTrue();
            }
        }
    }
}
