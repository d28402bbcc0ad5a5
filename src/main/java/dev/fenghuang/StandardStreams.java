package dev.fenghuang;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error in UTF-8 whatever the locale. Java 17 writes them in the locale's charset, which under
 * {@code LANG=C}, {@code POSIX} or a locale the machine lacks is ASCII: every Chinese character became {@code ?}.
 * The terminal's prompts ({@link java.io.Console}) and picocli read the same {@code sun.stdout.encoding} property,
 * so it is set before either first looks.
 */
final class StandardStreams {
    private StandardStreams() {
    }

    /** Replaces {@code System.out} and {@code System.err}; call first thing in {@code main}. */
    static void useUtf8() {
        for (String property : new String[] {"sun.stdout.encoding", "sun.stderr.encoding", "stdout.encoding",
                "stderr.encoding"}) {
            System.setProperty(property, StandardCharsets.UTF_8.name());
        }
        System.setOut(stream(FileDescriptor.out));
        System.setErr(stream(FileDescriptor.err));
    }

    /** A UTF-8 writer on {@code System.out} or {@code System.err}, flushed at each line, for picocli. */
    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static PrintStream stream(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), true,
                StandardCharsets.UTF_8);
    }
}
