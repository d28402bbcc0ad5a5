package dev.fenghuang.demo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void queryValuesAreDecodedInTheSiteCharset() {
        assertThat(PageRequest.query("kw=%C7%FE%CF%D8&x=1", Charset.forName("GBK"))).containsEntry("kw", "渠县");
        assertThat(PageRequest.query("kw=%E6%B8%A0%E5%8E%BF", StandardCharsets.UTF_8)).containsEntry("kw", "渠县");
    }

    @Test
    void utf8BytesOnAGbkSiteBecomeMojibakeNotAnError() {
        assertThat(PageRequest.query("kw=%E6%B8%A0%E5%8E%BF", Charset.forName("GBK")).get("kw"))
                .isNotEqualTo("渠县").isNotEmpty();
    }

    @Test
    void theLastOfARepeatedNameWinsAndPlusIsASpace() {
        assertThat(PageRequest.query("a=1&a=2&b=x+y&c", StandardCharsets.UTF_8))
                .containsEntry("a", "2").containsEntry("b", "x y").containsEntry("c", "");
    }

    @Test
    void arrayParametersAreReadByKeyAndRepeatedEmptyBracketsAreNumbered() {
        PageRequest request = new PageRequest("POST", "/admin.php", "", PageRequest.query("moderate[7]=ignore&x=1",
                StandardCharsets.UTF_8), PageRequest.query("moderate[12]=validate&delete[]=3&delete[]=4",
                StandardCharsets.UTF_8), Map.of(), "h", "", "", false, "127.0.0.1");
        assertThat(request.array("moderate")).containsEntry("7", "ignore").containsEntry("12", "validate").hasSize(2);
        assertThat(request.array("delete")).containsEntry("0", "3").containsEntry("1", "4");
        assertThat(request.array("x")).isEmpty();
    }
}
