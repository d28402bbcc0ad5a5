package dev.fenghuang.tui;

/**
 * What the status bar says: a message (or an error) until the next key, else the top layer's line; then the key
 * hints and, on the right, the spinner while a request runs and the view's position.
 */
final class StatusLine {
    private String message;
    private boolean error;

    /** Forgets the message (a key was pressed). */
    void clear() {
        message = null;
        error = false;
    }

    void message(String text) {
        message = text;
        error = false;
    }

    void error(String text) {
        message = text;
        error = true;
    }

    /**
     * The status bar for {@code view} under {@code layers}.
     *
     * @param busy what shows while a request runs (the spinner and its word), or "" when none runs
     */
    FrameWriter.Status of(View view, Layers layers, String hints, String busy) {
        return new FrameWriter.Status(message != null ? message : layers.status(), message != null && error, hints,
                busy + (layers.isEmpty() ? view.position() : ""));
    }
}
