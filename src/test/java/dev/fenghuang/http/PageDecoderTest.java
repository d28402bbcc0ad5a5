package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String TEXT = "全省“巾帼脱贫行动”——渠县·凤凰山下";

    @Test
    void takesTheCharsetFromTheContentTypeHeader() throws Exception {
        byte[] body = ("<html><body>" + TEXT + "</body></html>").getBytes(GBK);
        PageDecoder.Decoded d = PageDecoder.decode(body, "text/html; charset=gbk", Optional.empty());
        assertThat(d.text()).contains(TEXT);
        assertThat(d.declared()).isTrue();
        assertThat(d.charset().name()).isEqualToIgnoringCase("GBK");
    }

    @Test
    void readsTheX35MetaCharsetWhenTheHeaderHasNone() throws Exception {
        byte[] body = ("<html><head><meta charset=\"gbk\" /><title>t</title></head><body>" + TEXT + "</body>")
                .getBytes(GBK);
        assertThat(PageDecoder.decode(body, "text/html", Optional.empty()).text()).contains(TEXT);
    }

    @Test
    void readsTheX34HttpEquivMeta() throws Exception {
        byte[] body = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />" + TEXT)
                .getBytes(GBK);
        assertThat(PageDecoder.decode(body, null, Optional.empty()).text()).contains(TEXT);
    }

    @Test
    void readsDiscuzHeadScriptCharset() throws Exception {
        byte[] body = ("<script>var STYLEID = '1', charset = 'gbk', discuz_uid = '0';</script>" + TEXT).getBytes(GBK);
        assertThat(PageDecoder.decode(body, null, Optional.empty()).text()).contains(TEXT);
    }

    @Test
    void readsTheXmlPrologOfAnAjaxAnswer() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"gbk\"?>\r\n<root><![CDATA[" + TEXT + "]]></root>").getBytes(GBK);
        assertThat(PageDecoder.decode(body, "text/xml", Optional.empty()).text()).contains(TEXT);
    }

    @Test
    void decodesGbkAsGb18030SoCharactersBeyondGbkSurvive() throws Exception {
        String beyondGbk = "𠀀"; // CJK Extension B: in GB18030, not in GBK
        byte[] body = beyondGbk.getBytes(Charset.forName("GB18030"));
        assertThat(PageDecoder.decode(body, "text/html; charset=gbk", Optional.empty()).text()).isEqualTo(beyondGbk);
    }

    @Test
    void anUndeclaredUtf8PageIsReadAsUtf8() throws Exception {
        PageDecoder.Decoded d = PageDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "text/html", Optional.empty());
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.declared()).isFalse();
    }

    @Test
    void anUndeclaredPageThatIsNotUtf8IsRefusedRatherThanGuessed() {
        byte[] body = ("<html><body>" + TEXT + "</body></html>").getBytes(GBK);
        assertThatThrownBy(() -> PageDecoder.decode(body, "text/html", Optional.empty()))
                .isInstanceOf(UndeclaredCharsetException.class)
                .hasMessageContaining("charset");
    }

    @Test
    void theUsersOverrideWinsOverAWrongDeclaration() throws Exception {
        byte[] body = TEXT.getBytes(GBK);
        PageDecoder.Decoded d = PageDecoder.decode(body, "text/html; charset=utf-8", Optional.of(GBK));
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void badBytesBecomeReplacementCharactersNotErrors() throws Exception {
        byte[] body = {(byte) 0xE5, (byte) 0x85, 'a', 'b'};
        assertThat(PageDecoder.decode(body, "text/html; charset=utf-8", Optional.empty()).text())
                .contains("\uFFFD").endsWith("ab");
    }

    @Test
    void ignoresAnUnknownCharsetName() throws Exception {
        byte[] body = "<meta charset=\"x-no-such\"><meta charset=\"utf-8\">é".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(body, "text/html; charset=x-bogus", Optional.empty()).text()).endsWith("é");
    }
}
