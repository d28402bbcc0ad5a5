package dev.fenghuang.app.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a sent text on its floor, and the drafts' own format. */
class SentTextTest {
    private static Floor floor(PostBlock... blocks) {
        return Floor.builder(300).blocks(List.of(blocks)).build();
    }

    private static PostBlock.Paragraph paragraph(String... spans) {
        return new PostBlock.Paragraph(java.util.Arrays.stream(spans).map(PostBlock.Span::plain).toList());
    }

    @Test
    void bbcodeAndLineBreaksDoNotHideTheText() {
        Floor f = floor(paragraph("在南门", "公交站"), paragraph("捡到钥匙"));
        assertThat(SentText.shows(f, "在南门[b]公交站[/b]\n捡到钥匙")).isTrue();
    }

    @Test
    void aQuoteOfTheSameWordsIsNotTheReply() {
        Floor f = floor(new PostBlock.Quote(220, "归来", null, List.of("行程表很有用")), paragraph("我也觉得"));
        assertThat(SentText.shows(f, "行程表很有用")).isFalse();
    }

    @Test
    void anEmptyTextMatchesNothing() {
        assertThat(SentText.shows(floor(paragraph("任何内容")), "[b][/b] ")).isFalse();
    }

    @Test
    void subjectsAreComparedAsTheSiteEscapesThem() {
        assertThat(SentText.sameSubject("A &amp; B 二手", "A & B 二手")).isTrue();
        assertThat(SentText.sameSubject("A B", "A C")).isFalse();
    }

    @Test
    void draftsKeepTheQuoteTheTypeAndEveryLineOfTheText() {
        ReplyDraft reply = new ReplyDraft(220, "第一行\n第二行");
        assertThat(ReplyDraft.decode(reply.encode())).isEqualTo(reply);
        assertThat(ReplyDraft.decode("12 不是数字开头\n第二行").quote()).as("a hand-written file is all text").isZero();
        ThreadDraft thread = new ThreadDraft("标题\n换行", "失物招领", "正文\n\n第二段");
        assertThat(thread.subject()).isEqualTo("标题 换行");
        assertThat(ThreadDraft.decode(thread.encode())).isEqualTo(thread);
    }
}
