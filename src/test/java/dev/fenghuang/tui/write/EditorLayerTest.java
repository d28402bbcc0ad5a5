package dev.fenghuang.tui.write;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline editor with awkward input: long text, CJK and emoji, tiny windows. */
class EditorLayerTest {
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

    private static EditorLayer editor(ScreenTester t) {
        return (EditorLayer) t.loop.layers().all().get(0);
    }

    private static void assertFits(ScreenTester t, int columns) {
        assertThat(t.rows()).allSatisfy(r -> assertThat(ColumnWidth.NARROW_AMBIGUOUS.of(r))
                .isLessThanOrEqualTo(columns));
    }

    @Test
    void takesCjkAndEmojiAndMovesByWholeCharacters() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("C").write("中文😀测试👍🏽");
            assertThat(editor(t).text()).isEqualTo("中文😀测试👍🏽");
            t.press("ArrowLeft", "ArrowLeft", "ArrowLeft", "Backspace");
            assertThat(editor(t).text()).isEqualTo("中文测试👍🏽");
            t.write("é");
            assertThat(editor(t).text()).isEqualTo("中文é测试👍🏽");
            assertThat(t.text()).contains("中文é测试👍🏽");
            assertThat(t.screen.getCursorPosition().getColumn()).isEqualTo(1 + 4 + 1);
        }
    }

    @Test
    void anExtensionBCharacterTakesTwoColumnsAndGoesWithOneBackspace() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("C").write("甲\uD840\uDC00乙");
            assertThat(t.screen.getCursorPosition().getColumn()).isEqualTo(1 + 6);
            assertThat(t.text()).contains("甲\uD840\uDC00乙");
            t.press("ArrowLeft");
            assertThat(t.screen.getCursorPosition().getColumn()).isEqualTo(1 + 4);
            t.press("Backspace");
            assertThat(editor(t).text()).isEqualTo("甲乙");
            assertThat(t.screen.getCursorPosition().getColumn()).isEqualTo(1 + 2);
        }
    }

    @Test
    void wrapsTheChineseWayAndMovesTheCursorByRow() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 30, 12)) {
            t.press("C").write("一二三四五六七八九十一二三四五六七八九十，甲乙丙");
            int row = t.screen.getCursorPosition().getRow();
            t.press("ArrowUp");
            assertThat(t.screen.getCursorPosition().getRow()).isEqualTo(row - 1);
            t.press("Home");
            assertThat(t.screen.getCursorPosition().getColumn()).isEqualTo(1);
            assertThat(t.rows()).noneMatch(r -> r.strip().startsWith("，"));
            t.press("End", "Enter").write("新的一行");
            assertThat(editor(t).text()).contains("\n新的一行");
            assertFits(t, 30);
        }
    }

    @Test
    void aThreeThousandCharacterCommentIsEditedAndSentWithoutTrouble() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("L");
            WriteScreens.signIn(t, "reader1", "reader123");
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 3000) {
                sb.append("长评论，测试 abc 😀 ");
            }
            String text = sb.substring(0, 3000);
            t.press("C");
            editor(t).replace(text);
            t.press("PageUp", "PageUp", "ArrowDown", "End", "PageDown").write("尾");
            assertFits(t, 80);
            t.press("Ctrl-s");
            assertThat(t.text()).doesNotContain("Exception");
            boolean posted = t.loop.layers().isEmpty();
            assertThat(posted || editor(t).text().length() > 3000).isTrue();
        }
    }

    @Test
    void aTwentyByFiveWindowWithTheEditorOpenDrawsAndTakesKeys() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("C").write("小窗口里写长长的一段评论，看看会不会出错。");
            t.resize(20, 5);
            assertFits(t, 20);
            t.write("继续😀").press("ArrowUp", "ArrowUp", "Home", "End", "ArrowDown", "Enter", "Backspace");
            assertFits(t, 20);
            t.resize(3, 2).write("字");
            t.resize(80, 24);
            assertThat(editor(t).text()).startsWith("小窗口").contains("继续😀").contains("字");
            t.press("L");
            t.resize(20, 5);
            assertFits(t, 20);
        }
    }
}
