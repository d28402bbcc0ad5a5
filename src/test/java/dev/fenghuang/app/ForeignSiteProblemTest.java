package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.ForeignSite;
import org.junit.jupiter.api.Test;

class ForeignSiteProblemTest {
    @Test
    void namesTheForeignHostAndTheSiteInBothLanguages() {
        ForeignSite e = new ForeignSite("http://portal.example", "http://evil.example", false);
        assertThat(Problem.of(e).message()).isEqualTo("refused to send your sign-in or form to http://evil.example: "
                + "it is not the site http://portal.example; nothing was sent");
        assertThat(Problem.of(e, Texts.forLanguage("zh")).message())
                .isEqualTo("已拒绝把登录信息或表单发往 http://evil.example：它不是本站 http://portal.example；什么也没有发送");
        assertThat(Problem.of(e).exitCode()).isEqualTo(1);
    }

    @Test
    void saysWhenTheSiteWouldHaveTakenThePasswordOffHttps() {
        ForeignSite e = new ForeignSite("https://portal.example", "http://portal.example", true);
        assertThat(Problem.of(e).message()).contains("http://portal.example").contains("unencrypted")
                .contains("nothing was sent");
        assertThat(Problem.of(e, Texts.forLanguage("zh")).message()).contains("http://portal.example").contains("未加密");
    }
}
