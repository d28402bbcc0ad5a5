package dev.fenghuang.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Times written and read digit by digit give what the JDK's formatters and parser give. */
class TimeTextTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Test
    void writesWhatThePatternsWrite() {
        for (LocalDateTime t : times()) {
            assertThat(TimeText.day(t)).as(t.toString()).isEqualTo(DAY.format(t));
            assertThat(TimeText.minute(t)).as(t.toString()).isEqualTo(MINUTE.format(t));
            assertThat(TimeText.clock(t)).as(t.toString()).isEqualTo(CLOCK.format(t));
            StringBuilder line = new StringBuilder("at ");
            TimeText.appendMillis(line, t);
            assertThat(line).as(t.toString()).hasToString("at " + MILLIS.format(t));
        }
    }

    @Test
    void readsWhatToStringWritesAsParseReadsIt() {
        for (LocalDateTime t : times()) {
            assertThat(TimeText.parseIso(t.toString())).isEqualTo(LocalDateTime.parse(t.toString())).isEqualTo(t);
        }
        for (String text : List.of("2016-11-06T15:20:01.5", "2016-11-06T15:20:01.1234", "+10000-01-01T00:00")) {
            assertThat(TimeText.parseIso(text)).as(text).isEqualTo(LocalDateTime.parse(text));
        }
    }

    @Test
    void refusesWhatParseRefusesWithItsException() {
        for (String text : List.of("2016-13-01T00:00", "2016-02-30T00:00", "2016-11-06T24:00", "2016-11-06T15:60",
                "2016-11-06T15:20:60", "2016-11-06 15:20", "2016-1a-06T15:20", "", "2016-11-06T15:20:00.12a",
                "-016-11-06T15:20")) {
            assertThatThrownBy(() -> LocalDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> TimeText.parseIso(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    private static List<LocalDateTime> times() {
        List<LocalDateTime> all = new ArrayList<>(List.of(LocalDateTime.of(2016, 11, 6, 15, 20),
                LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999),
                LocalDateTime.of(0, 6, 1, 1, 2), LocalDateTime.of(-44, 3, 15, 12, 0), LocalDateTime.of(10000, 1, 1, 0, 0),
                LocalDateTime.of(2024, 2, 29, 9, 5, 7, 1_000_000), LocalDateTime.of(2024, 2, 29, 9, 5, 7, 120_000)));
        Random random = new Random(13);
        for (int i = 0; i < 2000; i++) {
            all.add(LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    }));
        }
        return all;
    }
}
