package dev.fenghuang.tui;

/** The turning bar shown while a request runs; ASCII, so every terminal and font has it. */
final class Spinner {
    private static final String FRAMES = "|/-\\";
    private int frame;

    void advance() {
        frame = (frame + 1) % FRAMES.length();
    }

    String frame() {
        return String.valueOf(FRAMES.charAt(frame));
    }
}
