package dev.fenghuang.tui.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.forum.EditNote;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.FloorState;
import dev.fenghuang.model.forum.PostAttachment;
import dev.fenghuang.model.forum.PostAuthor;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.PostImage;
import dev.fenghuang.model.forum.PostLink;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A thread page as lines, on hand-made floors: every kind of block, the states, references numbered in order. */
class FloorLayoutTest {
    static final Texts TEXTS = Texts.forLanguage("zh");
    static final LineBreaker BREAKER = new LineBreaker(ColumnWidth.of(false));
    static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

    static Floor first() {
        return Floor.builder(101).number(1).label("楼主").author(new PostAuthor(5, "归来", "网站编辑", null, false))
                .time(NOON).edit(new EditNote("归来", NOON, "本帖最后由 归来 于 2026-12-3 12:30 编辑"))
                .blocks(List.of(
                        new PostBlock.Paragraph(List.of(PostBlock.Span.plain("先说"),
                                new PostBlock.Span("重点", true, "", 0), new PostBlock.Span("红字", false, "Red", 0),
                                new PostBlock.Span("官网", false, "", 1))),
                        new PostBlock.Quote(100, "达城过客", NOON, List.of("第一行", "第二行")),
                        new PostBlock.Code(List.of("08:00 出发", "09:30 到达")),
                        new PostBlock.ImageRef(1), new PostBlock.AttachmentRef(1),
                        new PostBlock.Locked("如果您要查看本帖隐藏内容请回复")))
                .images(List.of(new PostImage(1, "http://x.example/a.jpg", "全景", 9)))
                .attachments(List.of(new PostAttachment(1, 3, "行程.doc", "http://x.example/att?aid=3", "32 KB", 2)))
                .links(List.of(new PostLink(1, "http://x.example/gov", "官网"))).build();
    }

    static ThreadPage page(Floor... floors) {
        return ThreadPage.builder(1).subject("黄花节").page(1).pageCount(7).replies(64).views(100)
                .floors(List.of(floors)).build();
    }

    static List<String> texts(FloorLayout layout) {
        return layout.lines().stream().map(StyledLine::text).toList();
    }

    @Test
    void everyKindOfBlockIsLaidOutAndReferencesAreNumberedInOrder() {
        FloorLayout layout = FloorLayout.of(page(first()), 60, BREAKER, TEXTS, Set.of());
        assertThat(texts(layout)).containsSubsequence("黄花节", "回复 64 · 查看 100 · 第 1/7 页",
                "楼主  归来 (网站编辑) · 2026-12-03 12:00", "  本帖最后由 归来 于 2026-12-3 12:30 编辑",
                "  先说重点红字官网[1]", "  > 达城过客 2026-12-03 12:00: 第一行 …", "  │ 08:00 出发", "  │ 09:30 到达",
                "  [2] 图片 全景", "  [3] 附件 行程.doc (32 KB)", "  如果您要查看本帖隐藏内容请回复", "第 1/7 页  [ ] 翻页  : 第 N 楼或第 pN 页");
        assertThat(layout.references()).containsExactly("http://x.example/gov", "http://x.example/a.jpg",
                "http://x.example/att?aid=3");
        assertThat(layout.floorStarts()).containsExactly(3);
    }

    @Test
    void boldAndColourAreAttributesNotMarkup() {
        FloorLayout layout = FloorLayout.of(page(first()), 60, BREAKER, TEXTS, Set.of());
        StyledLine paragraph = layout.lines().stream().filter(l -> l.text().contains("先说")).findFirst().orElseThrow();
        assertThat(paragraph.spans()).extracting(StyledLine.Span::text, StyledLine.Span::style).contains(
                org.assertj.core.groups.Tuple.tuple("先说", Style.NORMAL),
                org.assertj.core.groups.Tuple.tuple("重点", Style.TITLE),
                org.assertj.core.groups.Tuple.tuple("红字", Style.SUMMARY),
                org.assertj.core.groups.Tuple.tuple("官网[1]", Style.REFERENCE));
    }

    @Test
    void anUnfoldedQuoteShowsEveryLine() {
        FloorLayout layout = FloorLayout.of(page(first()), 60, BREAKER, TEXTS, Set.of(101L));
        assertThat(texts(layout)).containsSubsequence("  > 达城过客 2026-12-03 12:00:", "  > 第一行", "  > 第二行");
        assertThat(texts(layout)).noneMatch(l -> l.endsWith("…"));
    }

    @Test
    void bannedAndHiddenFloorsSaySoAndFloorsWithoutALabelGetNOrThePid() {
        Floor banned = Floor.builder(102).number(15).state(FloorState.BANNED).notice("提示: 该帖被管理员或版主屏蔽")
                .author(new PostAuthor(6, "老街坊", "", null, false)).build();
        Floor hidden = Floor.builder(103).state(FloorState.HIDDEN).author(new PostAuthor(0, "匿名", "", null, false))
                .build();
        FloorLayout layout = FloorLayout.of(page(banned, hidden), 60, BREAKER, TEXTS, Set.of());
        assertThat(texts(layout)).containsSubsequence("15#  老街坊", "  [已屏蔽] 提示: 该帖被管理员或版主屏蔽", "pid 103  匿名",
                "  [隐藏]");
    }

    @Test
    void aLongParagraphWrapsWithinTheWidthKeepingItsStyles() {
        String longText = "渠县".repeat(40);
        Floor f = Floor.builder(1).number(2).label("沙发").blocks(List.of(new PostBlock.Paragraph(
                List.of(new PostBlock.Span(longText, true, "", 0))))).build();
        for (int width : new int[] {2, 5, 20, 80}) {
            FloorLayout layout = FloorLayout.of(page(f), width, BREAKER, TEXTS, Set.of());
            assertThat(layout.lines()).allMatch(l -> BREAKER.widths().of(l.text()) <= Math.max(2, width), "fits "
                    + width);
            assertThat(String.join("", texts(layout)).replace(" ", "")).contains(longText);
        }
    }
}
