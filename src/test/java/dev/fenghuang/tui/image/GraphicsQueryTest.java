package dev.fenghuang.tui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Reading the terminal's answers to the graphics query. */
class GraphicsQueryTest {
    private static final String KITTY_OK = "\u001B_Gi=31;OK\u001B\\";

    private static GraphicsQuery.Answer parse(String s) {
        return GraphicsQuery.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String rest(GraphicsQuery.Answer a) {
        return new String(a.rest(), StandardCharsets.UTF_8);
    }

    @Test
    void takesKittyWhenTheGraphicsQueryIsAnsweredOkBeforeTheAttributes() {
        GraphicsQuery.Answer a = parse(KITTY_OK + "\u001B[?62;22c");

        assertThat(a.complete()).isTrue();
        assertThat(a.kitty()).isTrue();
        assertThat(a.graphics().protocol()).isEqualTo(GraphicsProtocol.KITTY);
        assertThat(a.rest()).isEmpty();
    }

    @Test
    void takesSixelWhenTheAttributesIncludeFour() {
        GraphicsQuery.Answer a = parse("\u001B[6;18;9t\u001B[?62;4;22c");

        assertThat(a.graphics()).isEqualTo(new TerminalGraphics(GraphicsProtocol.SIXEL, 9, 18));
    }

    @Test
    void takesHalfBlocksWhenTheAttributesHaveNoFourOrAFourOnlyInsideAnotherNumber() {
        assertThat(parse("\u001B[?62;22c").graphics().protocol()).isEqualTo(GraphicsProtocol.BLOCKS);
        assertThat(parse("\u001B[?64;14;42c").graphics().protocol()).isEqualTo(GraphicsProtocol.BLOCKS);
        assertThat(parse("\u001B[?1;2c").complete()).isTrue();
    }

    @Test
    void takesHalfBlocksWhenTheAttributesNeverCameEvenAfterKittySaidOk() {
        GraphicsQuery.Answer a = parse(KITTY_OK + "\u001B[?62;4");

        assertThat(a.complete()).isFalse();
        assertThat(a.graphics().protocol()).isEqualTo(GraphicsProtocol.BLOCKS);
    }

    @Test
    void anErrorFromTheKittyQueryIsNotKitty() {
        assertThat(parse("\u001B_Gi=31;ENOTSUPPORTED:no\u001B\\\u001B[?62;c").graphics().protocol())
                .isEqualTo(GraphicsProtocol.BLOCKS);
    }

    @Test
    void keepsKeysTypedAroundTheAnswersInOrder() {
        GraphicsQuery.Answer a = parse("j" + KITTY_OK + "\u001B[Ak\u001B[?62;4c" + "q\u001B");

        assertThat(a.kitty()).isTrue();
        assertThat(a.sixel()).isTrue();
        assertThat(rest(a)).isEqualTo("j\u001B[Akq\u001B");
    }

    @Test
    void keepsAKittyLookingAnswerTypedAfterTheAttributesAsInput() {
        GraphicsQuery.Answer a = parse("\u001B[?62c" + KITTY_OK);

        assertThat(a.kitty()).isFalse();
        assertThat(rest(a)).isEqualTo(KITTY_OK);
    }

    @Test
    void asksThenReadsWhatIsAvailableUntilTheAttributes() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream((KITTY_OK + "\u001B[?62;4c").getBytes(StandardCharsets.UTF_8));

        GraphicsQuery.Answer a = GraphicsQuery.ask(sent, in, Duration.ofMillis(150), () -> 0L, () -> { });

        assertThat(sent.toString(StandardCharsets.US_ASCII))
                .isEqualTo("\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\\u001B[16t\u001B[c");
        assertThat(a.graphics().protocol()).isEqualTo(GraphicsProtocol.KITTY);
    }

    @Test
    void givesUpAfterTheWaitWhenNothingAnswersAndKeepsWhatCame() throws IOException {
        AtomicLong now = new AtomicLong();
        InputStream in = new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8));

        GraphicsQuery.Answer a = GraphicsQuery.ask(OutputStreamSink.INSTANCE, in, Duration.ofMillis(150), now::get,
                () -> now.addAndGet(Duration.ofMillis(10).toNanos()));

        assertThat(a.complete()).isFalse();
        assertThat(now.get()).isBetween(Duration.ofMillis(150).toNanos(), Duration.ofMillis(160).toNanos());
        assertThat(rest(a)).isEqualTo("x");
        assertThat(a.graphics().protocol()).isEqualTo(GraphicsProtocol.BLOCKS);
    }

    @Test
    void givesTheKeysBackToTheInputBeforeWhatFollows() throws IOException {
        ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream("after".getBytes(StandardCharsets.UTF_8)));
        in.giveBack("j\u001B[A".getBytes(StandardCharsets.UTF_8));

        assertThat(in.available()).isEqualTo(9);
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("j\u001B[Aafter");
    }

    @Test
    void dropsAnAnswerThatCameTooLateUntilTheDeadlineButKeepsTheKeys() throws IOException {
        AtomicLong now = new AtomicLong();
        byte[] late = ("\u001B_Gi=31;OK\u001B\\\u001B[?62;4cj").getBytes(StandardCharsets.US_ASCII);
        ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(late));
        in.dropLateAnswers(now::get, 1000);

        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("j");

        ReplayInputStream after = new ReplayInputStream(new ByteArrayInputStream(late));
        after.dropLateAnswers(now::get, 1000);
        now.set(2000);
        assertThat(after.readAllBytes()).isEqualTo(late);
    }

    /** Where the query goes when the test does not look at it. */
    static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
