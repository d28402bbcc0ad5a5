package dev.fenghuang.site.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FormReaderTest {
    private static final URI PAGE = URI.create("http://portal.example/member.php?mod=logging&action=login");

    private static Element form(String action) {
        String html = "<form id=\"loginform_Lab12\" action=\"" + action + "\">"
                + "<input name=\"formhash\" value=\"h\"></form>";
        return Jsoup.parse(html, PAGE.toString()).selectFirst("form");
    }

    @Test
    void resolvesTheActionAgainstThePage() throws Exception {
        FormData data = FormReader.read(form("member.php?mod=logging&amp;action=login&amp;loginsubmit=yes"), PAGE,
                StandardCharsets.UTF_8);
        assertThat(data.action())
                .hasToString("http://portal.example/member.php?mod=logging&action=login&loginsubmit=yes");
    }

    @Test
    void anActionThatIsNoUrlIsAnUnexpectedPage() {
        // Found by LoginFormFuzzTest: URI.create's IllegalArgumentException came out of the login instead.
        assertThatThrownBy(() -> FormReader.read(form("member.php?mod=logging&amp;lhash=L<opt"), PAGE,
                StandardCharsets.UTF_8))
                .isInstanceOf(UnexpectedPage.class).hasMessageContaining("not a URL");
    }
}
