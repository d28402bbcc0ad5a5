package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void readsEveryUnit() {
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(DurationText.parse("15")).isEqualTo(Duration.ofSeconds(15));
        assertThat(DurationText.parse(" 2m ")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationText.parse("7d")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> DurationText.parse("3w")).hasMessageContaining("unknown unit 'w'");
    }
}
