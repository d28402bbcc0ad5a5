package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteTextTest {
    @Test
    void removesControlCharactersButKeepsNewlinesAndTabs() {
        assertThat(SiteText.strip("a\u0000b\u0007c\n\td\u007fe\u0085f")).isEqualTo("abc\n\tdef");
    }

    @Test
    void removesWholeEscapeSequences() {
        assertThat(SiteText.strip("红\u001b[1;31m字\u001b[0m")).isEqualTo("红字");
        assertThat(SiteText.strip("a\u001b]0;evil title\u0007b")).isEqualTo("ab");
        assertThat(SiteText.strip("a\u009b2Jb")).isEqualTo("ab");
        assertThat(SiteText.strip("a\u202eb")).isEqualTo("ab");
    }

    @Test
    void collapsesWhitespaceIntoOneLineButKeepsIdeographicSpaces() {
        assertThat(SiteText.line("  a \n\u00a0 b\u3000c  ")).isEqualTo("a b\u3000c");
    }
}
