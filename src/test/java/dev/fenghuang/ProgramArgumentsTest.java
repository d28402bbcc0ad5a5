package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramArgumentsTest {
    private static final Charset ASCII = StandardCharsets.US_ASCII;
    private static final Charset GBK = Charset.forName("GBK");

    /** A command line as the kernel keeps it: the JVM's own arguments first, each entry ended by NUL. */
    private static byte[] cmdline(Charset terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String a : List.of("/usr/bin/java", "-jar", "/opt/fenghuang.jar")) {
            out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        for (String a : args) {
            out.writeBytes(a.getBytes(terminal));
            out.write(0);
        }
        return out.toByteArray();
    }

    /** What Java 17 hands to main: each argument's bytes decoded in the locale's charset. */
    private static String[] asJavaReads(Charset locale, Charset terminal, String... args) {
        return java.util.Arrays.stream(args).map(a -> new String(a.getBytes(terminal), locale)).toArray(String[]::new);
    }

    @Test
    void readsUtf8ArgumentsThatACLocaleTurnedIntoReplacementCharacters() {
        String[] typed = {"--site", "http://127.0.0.1:8080/", "comment", "8", "--message", "好文章，支持！"};
        String[] fromJava = asJavaReads(ASCII, StandardCharsets.UTF_8, typed);
        assertThat(fromJava[5]).contains("\uFFFD");

        ProgramArguments a = ProgramArguments.recover(fromJava, cmdline(StandardCharsets.UTF_8, typed), ASCII);

        assertThat(a.values()).containsExactly(typed);
        assertThat(a.damaged()).isEmpty();
    }

    @Test
    void keepsAnEmptyArgumentAndTheLastOneWithoutItsNul() {
        String[] typed = {"--message", "", "评论"};
        byte[] line = cmdline(StandardCharsets.UTF_8, typed);
        byte[] unterminated = java.util.Arrays.copyOf(line, line.length - 1);

        ProgramArguments a = ProgramArguments.recover(asJavaReads(ASCII, StandardCharsets.UTF_8, typed), unterminated,
                ASCII);

        assertThat(a.values()).containsExactly(typed);
    }

    @Test
    void matchesAJvmThatReplacedUnreadableBytesWithQuestionMarks() {
        String[] fromJava = {"comment", "--message", "??????"};

        ProgramArguments a = ProgramArguments.recover(fromJava,
                cmdline(StandardCharsets.UTF_8, "comment", "--message", "好文"), ASCII);

        assertThat(a.values()).containsExactly("comment", "--message", "好文");
    }

    @Test
    void bytesThatAreNotUtf8AreDamagedWhenTheLocaleCouldNotReadThemEither() {
        byte[] line = cmdline(GBK, "read", "好文"); // GBK bytes in a C locale: nothing can read them
        String[] fromJava = {"read", new String("好文".getBytes(GBK), ASCII)};

        ProgramArguments a = ProgramArguments.recover(fromJava, line, ASCII);

        assertThat(a.damaged()).containsExactly(2);
        assertThat(a.values().get(1)).contains("\uFFFD");
    }

    @Test
    void aGbkLocaleKeepsItsOwnReadingOfGbkBytes() {
        String[] fromJava = asJavaReads(GBK, GBK, "--message", "好文");

        ProgramArguments a = ProgramArguments.recover(fromJava, cmdline(GBK, "--message", "好文"), GBK);

        assertThat(a.values()).containsExactly("--message", "好文");
        assertThat(a.damaged()).isEmpty();
    }

    @Test
    void withoutTheCommandLineALosslessLocaleReadingIsEncodedBackAndReadAsUtf8() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String[] fromJava = asJavaReads(latin1, StandardCharsets.UTF_8, "--message", "好文");
        assertThat(fromJava[1]).isNotEqualTo("好文");

        ProgramArguments a = ProgramArguments.recover(fromJava, null, latin1);

        assertThat(a.values()).containsExactly("--message", "好文");
    }

    @Test
    void withoutTheCommandLineAnArgumentTheLocaleCouldNotReadIsDamaged() {
        String[] fromJava = asJavaReads(ASCII, StandardCharsets.UTF_8, "comment", "8", "--message", "好文");

        ProgramArguments a = ProgramArguments.recover(fromJava, null, ASCII);

        assertThat(a.damaged()).containsExactly(4);
        assertThat(a.values().subList(0, 3)).containsExactly("comment", "8", "--message");
    }

    @Test
    void aCommandLineThatDoesNotEndInJavasArgumentsIsNotTrusted() {
        String[] fromJava = asJavaReads(ASCII, StandardCharsets.UTF_8, "read", "好");

        ProgramArguments a = ProgramArguments.recover(fromJava, cmdline(StandardCharsets.UTF_8, "list", "好"), ASCII);

        assertThat(a.values()).containsExactly(fromJava);
        assertThat(a.damaged()).containsExactly(2);
    }

    @Test
    void aShortCommandLineIsNotTrusted() {
        String[] fromJava = {"a", "b", "c", "d", "e"};

        ProgramArguments a = ProgramArguments.recover(fromJava, "x\0b\0".getBytes(ASCII), ASCII);

        assertThat(a.values()).containsExactly(fromJava);
    }

    @Test
    void noArgumentsAreNoArguments() {
        assertThat(ProgramArguments.recover(new String[0], cmdline(ASCII), ASCII).values()).isEmpty();
    }
}
