package dev.fenghuang.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * Where a password comes from: the {@code FENGHUANG_PASSWORD} variable, one line of standard input
 * ({@code --password-stdin}), or a prompt that does not echo. It is held in a char array the caller clears, and
 * never written anywhere.
 */
final class PasswordSource {
    static final String VARIABLE = "FENGHUANG_PASSWORD";

    private PasswordSource() {
    }

    static char[] read(boolean fromStdin, Map<String, String> env, String prompt) throws IOException {
        if (fromStdin) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: standard input held no password");
            }
            return line.toCharArray();
        }
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for the password: use --password-stdin or "
                    + VARIABLE);
        }
        char[] password = console.readPassword("%s", prompt);
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        return password;
    }
}
