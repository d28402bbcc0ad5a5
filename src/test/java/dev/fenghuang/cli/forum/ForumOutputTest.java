package dev.fenghuang.cli.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Where a write landed, as the text output tells it. */
class ForumOutputTest {
    private static String told(ForumWrite written) {
        StringWriter out = new StringWriter();
        ForumOutput.report(written, "forum.posted", false, Texts.forLanguage("en"), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        return out.toString();
    }

    /** A thread found on its board after a lost answer is known by its tid only: no "post 0" is told. */
    @Test
    void aThreadKnownOnlyByItsIdIsToldWithoutAPost() {
        String text = told(new ForumWrite(new PostResult.Posted("", 156, false), 2, 156, 0, 0));
        assertThat(text).contains("thread 156").doesNotContain("post 0");
    }

    @Test
    void aReplyIsToldWithItsPostAndFloor() {
        String text = told(new ForumWrite(new PostResult.Posted("", 1075, false), 2, 156, 1075, 3));
        assertThat(text).contains("thread 156, post 1075, floor 3");
    }
}
