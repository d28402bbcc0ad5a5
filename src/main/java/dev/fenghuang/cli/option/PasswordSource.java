package dev.fenghuang.cli.option;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Where a secret (the password, a security answer, a browser's cookies) comes from: one line of standard input
 * ({@code --password-stdin} and the like), its environment variable, or a prompt that does not echo; never the
 * command line, which every user of the machine can read ({@code /proc/PID/cmdline}). It is held in a char array
 * the caller clears, and never written anywhere. Standard input is read a byte at a time up to the end of the line,
 * so that the next secret's line is still there.
 */
public final class PasswordSource {
    static final String VARIABLE = "FENGHUANG_PASSWORD";

    /** The secrets, with their {@code -stdin} option and variable. */
    public enum Secret {
        PASSWORD("password", "--password-stdin", VARIABLE),
        ANSWER("security answer", "--answer-stdin", "FENGHUANG_ANSWER"),
        COOKIE("cookie header", "--cookie-stdin", "FENGHUANG_COOKIE");

        final String what;
        final String stdinOption;
        final String variable;

        Secret(String what, String stdinOption, String variable) {
            this.what = what;
            this.stdinOption = stdinOption;
            this.variable = variable;
        }

        /** How to give it instead of on the command line. */
        String howToGive() {
            return "type it at the prompt, or give it in " + variable + " or on standard input with " + stdinOption;
        }
    }

    /** The secret was given no other way and there is no terminal to ask for it. */
    public static final class NoTerminal extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoTerminal(String message) {
            super(message);
        }
    }

    /** Asks the user for a secret on their terminal without echo: null when there is no terminal to ask on. */
    @FunctionalInterface
    public interface Asker {
        char[] ask(String prompt) throws IOException;

        /** This process's console, and only when the input is this process's own. */
        static Asker console(InputStream stdin) {
            return prompt -> {
                Console console = stdin == System.in ? System.console() : null;
                return console == null ? null : console.readPassword("%s", prompt);
            };
        }
    }

    private PasswordSource() {
    }

    public static char[] read(Secret secret, boolean fromStdin, Map<String, String> env, InputStream stdin, String prompt)
            throws IOException {
        return read(secret, fromStdin, env, stdin, Asker.console(stdin), prompt);
    }

    /** The same, asking through {@code terminal} when the secret is given no other way. */
    public static char[] read(Secret secret, boolean fromStdin, Map<String, String> env, InputStream stdin,
                              Asker terminal, String prompt) throws IOException {
        if (fromStdin) {
            char[] line = line(stdin, secret);
            if (line.length == 0) {
                throw new IllegalArgumentException(secret.stdinOption + ": standard input held no " + secret.what);
            }
            return line;
        }
        String fromEnv = env.get(secret.variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            if (fromEnv.indexOf(TypedText.REPLACEMENT) >= 0) {
                throw new IllegalArgumentException(secret.variable + " holds bytes that could not be read (not UTF-8,"
                        + " or the locale could not read them): nothing was sent; " + secret.howToGive());
            }
            return fromEnv.toCharArray();
        }
        // A command run for an SSH channel (serve-ssh) asks on the channel's terminal, never on the server's.
        char[] typed = terminal.ask(prompt);
        if (typed == null) {
            throw new NoTerminal("no terminal to ask for the " + secret.what + ": use "
                    + secret.stdinOption + " or " + secret.variable);
        }
        if (typed.length == 0) {
            throw new IllegalArgumentException("no " + secret.what + " given");
        }
        return typed;
    }

    /** One line of standard input without its line end, decoded as UTF-8 whatever the locale; empty at the end. */
    private static char[] line(InputStream in, Secret secret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            bytes.write(b);
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        try {
            return utf8(raw, length);
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException(secret.stdinOption + ": standard input is not UTF-8; nothing was sent");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The first {@code length} bytes of {@code raw} decoded as strict UTF-8; the decoder's own copy is wiped. */
    public static char[] utf8(byte[] raw, int length) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length));
        char[] line = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return line;
    }
}
