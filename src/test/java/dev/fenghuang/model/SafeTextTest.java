package dev.fenghuang.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    private static final String OSC52 = "\u001B]52;c;ZWNobyBwd25lZA==\u0007";

    @Test
    void removesAnOsc52ClipboardWriteWithItsPayload() {
        assertThat(SafeText.strip("好" + OSC52 + "文")).isEqualTo("好文");
    }

    @Test
    void removesOsc8HyperlinksEndedByStringTerminator() {
        assertThat(SafeText.strip("a\u001B]8;;http://evil.example/\u001B\\link\u001B]8;;\u001B\\b")).isEqualTo("alinkb");
    }

    @Test
    void removesCsiAndDcsSequencesAndTheirEightBitForms() {
        assertThat(SafeText.strip("\u001B[2J\u001B[1;31mred\u009B0m \u001BP+q544e\u001B\\x \u009D0;title\u009Cy"))
                .isEqualTo("red x y");
    }

    @Test
    void aMalformedSequenceDoesNotSwallowTheTextAfterIt() {
        assertThat(SafeText.strip("\u001B[3渠县")).isEqualTo("渠县");
        assertThat(SafeText.strip("\u001B]0;title\n正文")).isEqualTo("\n正文");
    }

    @Test
    void removesC0AndC1ControlsButKeepsLineFeedsAndTabs() {
        assertThat(SafeText.strip("a\u0000b\u0007c\bd\re\u007Ff\u0085g\u008Dh\ti\nj")).isEqualTo("abcdefgh\ti\nj");
    }

    @Test
    void removesZeroWidthAndBidiFormatCharacters() {
        String hostile = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068"
                + "\u2069\u061C\uFEFF\u00AD\uDB40\uDC41";
        assertThat(SafeText.strip("评" + hostile + "论")).isEqualTo("评论");
    }

    @Test
    void keepsCjkEmojiAndFullWidthSpace() {
        String text = "党政风采 › 渠县\u3000😀 ｱ";
        assertThat(SafeText.strip(text)).isSameAs(text);
        assertThat(SafeText.isSafe(text)).isTrue();
    }

    @Test
    void replacesLoneSurrogatesAndTurnsLineSeparatorsIntoLineFeeds() {
        assertThat(SafeText.strip("a\uD800b\u2028c")).isEqualTo("a\uFFFDb\nc");
    }

    @Test
    void percentEncodesControlsInAUrlInsteadOfPrintingThem() {
        assertThat(SafeText.url(" http://www.qxxww.com/" + OSC52 + "?q=渠 县\u202E "))
                .isEqualTo("http://www.qxxww.com/%1B]52;c;ZWNobyBwd25lZA==%07?q=渠%20县%E2%80%AE");
    }

    @Test
    void leavesAPlainUrlAlone() {
        String url = "http://127.0.0.1:8080/portal.php?mod=view&aid=1";
        assertThat(SafeText.url(url)).isSameAs(url);
    }

    @Test
    void nothingUnsafeIsLeftInAnyOutput() {
        String all = OSC52 + "\u001B]8;;x\u001B\\\u001B]0;t\u0007\u001BP1\u001B\\\u001B[31m\u009B1m\u009D0;x\u0007"
                + "\u0001\u001F\u007F\u0080\u009F\u200B\u202E\u2066\uFEFF\u061C\uD800";
        assertThat(SafeText.isSafe(SafeText.strip(all))).isTrue();
        assertThat(SafeText.isSafe(SafeText.url(all))).isTrue();
        assertThat(SafeText.isSafe(all)).isFalse();
    }

    @Test
    void keepsAZeroWidthJoinerOnlyInsideAnEmojiSequence() {
        String technologist = "👩\u200D💻 ❤\uFE0F\u200D🔥";
        assertThat(SafeText.strip(technologist)).isSameAs(technologist);
        assertThat(SafeText.strip("a\u200Db 👩\u200D 渠\u200D💻")).isEqualTo("ab 👩 渠💻");
    }
}
