package dev.fenghuang.tui.read;

import dev.fenghuang.tui.FakeSite;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-comments view (c) cannot select or reply; R there says where replying is done, not "open an article". */
class CommentsViewWriteTest {
    @TempDir
    Path home;

    @Test
    void replyInTheCommentsViewSaysToGoBackToTheArticle() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, "有评论的文章", List.of("正文。"), FakeSite.comments(3)));
        try (ScreenTester t = new ScreenTester(site.reader(home),
                TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80, 24)) {
            t.press("c");
            assertThat(t.row(0)).contains("评论");
            for (String key : List.of("R", "E", "D")) {
                t.press(key);
                assertThat(t.status()).as(key).doesNotContain("请先打开一篇文章")
                        .contains("按 h 回到文章").contains("再按 " + key);
            }
            t.press("1", "R");
            assertThat(t.status()).contains("再按 R");
        }
    }
}
