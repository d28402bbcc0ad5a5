package dev.fenghuang.tui;

import java.io.IOException;

/** Steps the reader's tmux tests take alike: starting on the demo portal, signing in, opening the forum. */
final class ItSteps {
    private ItSteps() {
    }

    /** Starts the built reader ({@code launcher}) on the demo portal in Chinese and waits for the sections. */
    static void startOnDemo(TmuxSession tmux, String launcher) throws IOException, InterruptedException {
        tmux.type("clear; " + launcher + " --demo --lang zh");
        tmux.keys("Enter");
        tmux.await(s -> s.contains(">党政风采"), TerminalReaderIT.WAIT);
    }

    /**
     * L, then the sign-in form as a user fills it in (name, Tab, password, Enter) once it shows; waits until the
     * status bar names the account.
     */
    static void signIn(TmuxSession tmux, String name, String password) throws IOException, InterruptedException {
        tmux.keys("L");
        tmux.await(s -> s.contains("用户名"), TerminalReaderIT.WAIT);
        tmux.type(name);
        tmux.keys("Tab");
        tmux.type(password);
        tmux.keys("Enter");
        tmux.await(s -> lastLine(s).startsWith("[" + name + "]"), TerminalReaderIT.WAIT);
    }

    /** Tab: the forum tab with its board tree; Enter: the first board's (渠县杂谈) threads. */
    static void openFirstBoard(TmuxSession tmux) throws IOException, InterruptedException {
        tmux.keys("Tab");
        tmux.await(s -> s.contains("论坛") && s.contains(">  渠县杂谈"), TerminalReaderIT.WAIT);
        tmux.keys("Enter");
        tmux.await(s -> s.contains("2026渠县黄花节攻略贴") && s.contains("顶 "), TerminalReaderIT.WAIT);
    }

    /** The screen's last line: the status bar. */
    static String lastLine(String screen) {
        return screen.lines().reduce((a, b) -> b).orElse("");
    }
}
