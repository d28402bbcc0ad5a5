package dev.fenghuang.tui.term;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run by {@link JobControlTerminalTest} on a terminal of its own: takes the terminal, sets the reader's modes again
 * (as after Ctrl-Z), and gives it back, noting each step in the log file named by the only argument, where the stty
 * runs are noted too.
 */
final class TakeTerminalProcess {
    private TakeTerminalProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        JobControlTerminal terminal = new JobControlTerminal(System.in, System.out, StandardCharsets.UTF_8);
        note(log, "taken");
        terminal.raw();
        note(log, "raw again");
        terminal.close();
        note(log, "closed");
    }

    private static void note(Path log, String step) throws Exception {
        Files.writeString(log, "-- " + step + "\n", StandardOpenOption.APPEND);
    }
}
