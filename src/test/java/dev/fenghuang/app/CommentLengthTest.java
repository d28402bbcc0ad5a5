package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommentLengthTest {
    @Test
    void countsAsTheSiteDoesAfterEscaping() {
        assertThat(CommentLength.width("abc")).isEqualTo(3);
        assertThat(CommentLength.width("好文")).isEqualTo(4);
        assertThat(CommentLength.width("😀")).isEqualTo(2);
        assertThat(CommentLength.width("a&b<c>\"")).isEqualTo(3 + 5 + 4 + 4 + 6);
    }

    @Test
    void acceptsTheLimitAndRefusesOneMore() {
        CommentLength.check("长".repeat(500));
        CommentLength.check("  " + "x".repeat(1000) + "\n");
        assertThatThrownBy(() -> CommentLength.check("长".repeat(500) + "x"))
                .isInstanceOfSatisfying(CommentLength.TooLong.class, e -> {
                    assertThat(e.width()).isEqualTo(1001);
                    assertThat(e.max()).isEqualTo(1000);
                });
    }
}
