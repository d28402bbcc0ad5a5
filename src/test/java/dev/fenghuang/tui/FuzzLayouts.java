package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.StyledLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.Person;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the layout fuzz targets share: records filled from the fuzzer's bytes (any text a site could send,
 * controls and escapes included, and any number), and the two things every laid-out row must hold: it fits the
 * width, and no character in it can act on a terminal.
 */
public final class FuzzLayouts {
    private FuzzLayouts() {
    }

    public static Texts texts(FuzzedDataProvider data) {
        return Texts.forLanguage(data.consumeBoolean() ? "zh" : "en");
    }

    public static LineBreaker breaker(FuzzedDataProvider data) {
        return new LineBreaker(ColumnWidth.of(data.consumeBoolean()));
    }

    public static String text(FuzzedDataProvider data) {
        return data.consumeString(400);
    }

    public static LocalDateTime time(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null
                : LocalDateTime.of(data.consumeInt(1970, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28),
                        data.consumeInt(0, 23), data.consumeInt(0, 59));
    }

    public static Person person(FuzzedDataProvider data) {
        return new Person(data.consumeLong(), text(data));
    }

    public static List<Comment> comments(FuzzedDataProvider data) {
        List<Comment> comments = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            comments.add(new Comment(data.consumeLong(), person(data), time(data), text(data),
                    data.consumeBoolean() ? null : text(data), data.consumeBoolean()));
        }
        return comments;
    }

    /** Every row at most {@code width} columns (as measured by {@code breaker}), none with a control in it. */
    public static void assertFitAndClean(List<StyledLine> lines, int width, LineBreaker breaker) {
        for (int i = 0; i < lines.size(); i++) {
            assertThat(breaker.widths().of(lines.get(i).text()))
                    .as("row %d of %d columns: %s", i, width, lines.get(i).text())
                    .isLessThanOrEqualTo(Math.max(2, width));
        }
        assertClean(lines);
    }

    /** No C0 or C1 control, DEL, bidi control or lone surrogate in any row. */
    public static void assertClean(List<StyledLine> lines) {
        for (StyledLine line : lines) {
            for (StyledLine.Span span : line.spans()) {
                assertClean(span.text());
            }
        }
    }

    public static void assertClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL;
            boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u061C';
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            assertThat(control || bidi || lone).as("U+%04X at %d in %s", (int) c, i, s).isFalse();
        }
    }
}
