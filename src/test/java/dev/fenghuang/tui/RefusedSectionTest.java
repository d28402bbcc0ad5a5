package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.SiteReads;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The sections screen says which category's list the site refused while the tree was found (System Error, 1.5). */
class RefusedSectionTest {
    @TempDir
    Path home;

    /** The fake site, its tree holding one category whose list was refused. */
    private static final class TreeWithUnread implements SiteReads {
        final FakeSite site = new FakeSite();

        @Override
        public List<Section> discoverSections() {
            return List.of(new Section(FakeSite.CATEGORY.id(), FakeSite.CATEGORY.name(), List.of()),
                    new Section(4, "社会民生", List.of(), true));
        }

        @Override
        public ArticleList list(int catid, int page) throws IOException {
            return site.list(catid, page);
        }

        @Override
        public Article article(long aid, int page) throws IOException {
            return site.article(aid, page);
        }

        @Override
        public CommentList comments(long aid, int page) throws IOException {
            return site.comments(aid, page);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, list not read", "zh-CN, 列表无法读取"})
    void theRefusedCategoryIsShownMarkedAndTheOthersPlain(String language, String mark) throws Exception {
        try (ScreenTester t = new ScreenTester(DemoReader.over(new TreeWithUnread(), home),
                TuiOptions.defaults().withLanguage(language), 100, 24)) {
            t.settle();
            String row = t.rows().stream().filter(r -> r.contains("社会民生")).findFirst().orElseThrow(
                    () -> new AssertionError(t.text()));
            assertThat(row).contains(mark);
            assertThat(t.rows().stream().filter(r -> r.contains(FakeSite.CATEGORY.name()))).noneMatch(
                    r -> r.contains(mark));
        }
    }
}
