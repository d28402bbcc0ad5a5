package dev.fenghuang.demo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AjaxEnvelopeTest {
    @Test
    void controlCharactersBecomeSpacesButTabsAndLineEndsStay() {
        assertThat(AjaxEnvelope.clean("a\u0001b\tc\nd\re")).isEqualTo("a b\tc\nd\re");
    }

    @Test
    void aCdataEndInsideTheFragmentIsEscaped() {
        assertThat(AjaxEnvelope.clean("x]]>y")).isEqualTo("x]]&gt;y");
    }

    @Test
    void callbackTextsLoseTheirTagsAndEscapeQuotes() {
        assertThat(AjaxEnvelope.error("k", "it's <a href=\"x\">here</a>", Map.of()))
                .isEqualTo("if(typeof errorhandle_k=='function') {errorhandle_k('it\\'s here', {});}");
    }

    @Test
    void valuesKeepTheirOrderAsSingleQuotedStrings() {
        Message message = Message.of("t").value("id", 1).value("favid", 2);
        assertThat(AjaxEnvelope.values(message.values())).isEqualTo("{'id':'1','favid':'2'}");
    }

    @Test
    void aMessageWithAForwardHidesItsTextInBothShapes() {
        Message message = Message.of("操作成功 ").forward("u");
        assertThat(AjaxEnvelope.inline("", message)).startsWith("<script");
        assertThat(AjaxEnvelope.dialog("", message)).contains("<div class=\"alert_info\"><script");
        assertThat(AjaxEnvelope.dialog("", message.succeeded())).contains("<div class=\"alert_right\"><script");
    }
}
