package dev.fenghuang.cli.option;

import java.io.Console;

/** Asks the person at the terminal, when there is one; scripts get null and must pass options instead. */
public final class Prompter {
    private final Console console = System.console();

    public boolean interactive() {
        return console != null;
    }

    /** A line typed by the user, or null without a terminal. */
    public String ask(String prompt) {
        if (console == null) {
            return null;
        }
        String line = console.readLine("%s", prompt);
        return line == null ? null : line.strip();
    }

    /** A secret typed by the user without echo (a security answer), or null without a terminal. */
    public String askSecret(String prompt) {
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            return null;
        }
        String line = new String(typed).strip();
        java.util.Arrays.fill(typed, '\0');
        return line;
    }

    public void show(String line) {
        if (console != null) {
            console.writer().println(line);
            console.flush();
        }
    }
}
