package dev.fenghuang.cli;

import dev.fenghuang.app.Texts;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the full-screen reader can run where the program was started, and if not, why, in one line.
 *
 * @param interactive standard input and output are both a terminal
 * @param term the {@code TERM} variable, or null when it is not set
 * @param controllingTerminal {@code /dev/tty} can be opened (a process started with {@code setsid} has none)
 */
public record TerminalCheck(boolean interactive, String term, boolean controllingTerminal) {

    /** Whether this process has a controlling terminal: {@code /dev/tty} opens. */
    static boolean canOpenControllingTerminal() {
        try (FileInputStream tty = new FileInputStream("/dev/tty")) {
            return true;
        } catch (IOException noTty) {
            return false;
        }
    }

    /** Terminal types that cannot move the cursor, so cannot show a screen. */
    private static boolean dumb(String term) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        return t.equals("dumb") || t.equals("unknown");
    }

    /**
     * Why the reader cannot run here (the first of: not a terminal, TERM, no /dev/tty), or empty when it can. The
     * texts are read only to say why: on a terminal the reader's start needs them later, by when the start-up warmer
     * has read them on the other core (~10 ms of CPU for the bundle, cold).
     */
    public Optional<String> problem(Supplier<Texts> texts) {
        if (!interactive) {
            return Optional.of(texts.get().get("tui.fallback.notTerminal"));
        }
        if (term == null || term.isBlank()) {
            return Optional.of(texts.get().get("tui.fallback.noTerm"));
        }
        if (dumb(term)) {
            return Optional.of(texts.get().get("tui.fallback.dumbTerm", term.strip()));
        }
        if (!controllingTerminal) {
            return Optional.of(texts.get().get("tui.fallback.noControllingTerminal"));
        }
        return Optional.empty();
    }
}
