package dev.fenghuang.cli.option;

import dev.fenghuang.app.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The text of a comment as the user gave it: {@code --message}, else all of standard input, read as UTF-8 whatever
 * the locale. Text that arrived damaged (bytes that were not UTF-8, or an argument the locale could not read, both
 * shown as U+FFFD) is a usage error before anything is saved or sent: posting it would put garbage on the site.
 */
public final class TypedText {
    static final char REPLACEMENT = '\uFFFD';

    private TypedText() {
    }

    /** The text, stripped; empty when none was given. */
    public static String read(String message, InputStream stdin, Texts texts, CommandLine commandLine) throws IOException {
        String text = message != null ? message : new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            String source = texts.get(message != null ? "comment.source.message" : "comment.source.stdin");
            throw new CommandLine.ParameterException(commandLine, texts.get("comment.damaged", source));
        }
        return text.strip();
    }
}
