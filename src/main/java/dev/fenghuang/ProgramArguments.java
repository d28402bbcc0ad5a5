package dev.fenghuang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's arguments read as UTF-8, whatever the locale. Java 17 decodes {@code argv} in the locale's charset
 * ({@code sun.jnu.encoding}), which is ASCII under {@code LANG=C}, {@code POSIX} or a locale the machine lacks (a
 * {@code zh_CN.UTF-8} forwarded over SSH): every byte of a Chinese argument becomes U+FFFD. On Linux the bytes the
 * kernel passed are still in {@code /proc/self/cmdline}; where they are not, an argument the locale decoded without
 * loss is encoded back to its bytes. Bytes that are UTF-8 are read as UTF-8; others keep the locale's reading (a GBK
 * locale's), and an argument that lost bytes on the way in keeps its U+FFFD and is {@linkplain #damaged() damaged}.
 *
 * @param values the arguments, as many as Java passed to {@code main}
 * @param damaged the positions (from 1) of arguments that hold U+FFFD: bytes nothing could read
 */
record ProgramArguments(List<String> values, List<Integer> damaged) {
    static final char REPLACEMENT = '\uFFFD';
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    ProgramArguments {
        values = List.copyOf(values);
        damaged = List.copyOf(damaged);
    }

    /** This process's arguments, recovered from {@code /proc/self/cmdline} where it can be read. */
    static ProgramArguments ofThisProcess(String[] fromJava) {
        byte[] cmdline;
        try {
            cmdline = Files.isReadable(CMDLINE) ? Files.readAllBytes(CMDLINE) : null;
        } catch (IOException | SecurityException unreadable) {
            cmdline = null;
        }
        return recover(fromJava, cmdline, localeCharset());
    }

    /**
     * The arguments Java passed, read again from the bytes of the command line.
     *
     * @param cmdline the process's command line as the kernel keeps it (each argument ended by NUL, the program's and
     *        the JVM's own first), or null when it cannot be read
     * @param locale the charset Java decoded the arguments with
     */
    static ProgramArguments recover(String[] fromJava, byte[] cmdline, Charset locale) {
        List<byte[]> raw = cmdline == null ? null : lastEntries(cmdline, fromJava.length);
        if (raw != null) {
            for (int i = 0; i < fromJava.length; i++) {
                if (!sameArgument(raw.get(i), fromJava[i], locale)) {
                    raw = null; // not the arguments Java read: trust none of them
                    break;
                }
            }
        }
        List<String> values = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        for (int i = 0; i < fromJava.length; i++) {
            String value = read(fromJava[i], raw == null ? bytesBack(fromJava[i], locale) : raw.get(i));
            values.add(value);
            if (value.indexOf(REPLACEMENT) >= 0) {
                damaged.add(i + 1);
            }
        }
        return new ProgramArguments(values, damaged);
    }

    String[] array() {
        return values.toArray(String[]::new);
    }

    /** The bytes as UTF-8 when they are UTF-8, else as Java read them. */
    private static String read(String fromJava, byte[] bytes) {
        if (bytes == null) {
            return fromJava;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return fromJava;
        }
    }

    /** The bytes an argument came from, when the locale's charset read it without loss; else null. */
    private static byte[] bytesBack(String fromJava, Charset locale) {
        if (fromJava.indexOf(REPLACEMENT) >= 0 || !locale.newEncoder().canEncode(fromJava)) {
            return null;
        }
        return fromJava.getBytes(locale);
    }

    /**
     * Whether Java's argument was read from these bytes: the same text decoded in the locale's charset, where a
     * byte it could not read may have become U+FFFD or {@code ?}.
     */
    private static boolean sameArgument(byte[] bytes, String fromJava, Charset locale) {
        String decoded = new String(bytes, locale);
        return decoded.equals(fromJava) || decoded.replace(REPLACEMENT, '?').equals(fromJava.replace(REPLACEMENT, '?'));
    }

    /** The last {@code count} NUL-ended entries of a command line, or null when it holds fewer. */
    private static List<byte[]> lastEntries(byte[] cmdline, int count) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                entries.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            entries.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return entries.size() < count ? null : entries.subList(entries.size() - count, entries.size());
    }

    /** The charset Java decoded the command line with. */
    static Charset localeCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }
}
