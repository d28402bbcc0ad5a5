package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LogRedactionTest {
    @Test
    void hidesTheValuesOfSecretParametersAndKeepsTheRest() {
        assertThat(LogRedaction.url(URI.create(
                "http://bbs.example/member.php?mod=logging&action=logout&formhash=1a2b3c4d&aid=12")))
                .isEqualTo("http://bbs.example/member.php?mod=logging&action=logout&formhash=***&aid=12");
        assertThat(LogRedaction.text("GET /x?sid=Ab12Cd&seccodehash=cSAT0&catid=3&password=hunter2 failed"))
                .isEqualTo("GET /x?sid=***&seccodehash=***&catid=3&password=*** failed");
        assertThat(LogRedaction.text("Circular redirect to 'http://h/a?auth=zz%09yy#c'"))
                .isEqualTo("Circular redirect to 'http://h/a?auth=***#c'");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        String plain = "GET http://bbs.example/portal.php?mod=view&aid=3&page=2 -> 200 in 12 ms";
        assertThat(LogRedaction.text(plain)).isEqualTo(plain);
    }
}
