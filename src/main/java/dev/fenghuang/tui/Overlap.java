package dev.fenghuang.tui;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Two starts made side by side: one on a thread of its own while the caller opens what it needs on its own thread.
 * The reader takes the terminal so while the site's session opens: the stty runs and the questions to the terminal are
 * waits on other processes, which then overlap with the session's opening instead of following it.
 */
final class Overlap {
    private Overlap() {
    }

    /** What runs once both are there: the opened thing and the side's result. */
    interface Then<R, T> {
        int run(R opened, T side) throws Exception;
    }

    /**
     * Runs {@code side} on a thread named {@code name} while {@code opener} runs on the caller's thread, then gives
     * both to {@code then} and closes what was opened. When the opening fails, the side's work is waited for and, if
     * it succeeded, undone with {@code undo} before the failure goes on; when the side's work fails, what was opened
     * is closed and the side's failure goes on.
     */
    static <R extends AutoCloseable, T> int run(String name, Callable<T> side, Consumer<T> undo, Callable<R> opener,
                                                Then<R, T> then) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(side.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        R opened;
        try {
            opened = opener.call();
        } catch (Exception | Error e) {
            undo(result, undo);
            throw e;
        }
        try (opened) {
            return then.run(opened, join(result));
        }
    }

    private static <T> void undo(CompletableFuture<T> result, Consumer<T> undo) {
        T done;
        try {
            done = join(result);
        } catch (Exception | Error e) {
            return; // nothing was taken to give back
        }
        undo.accept(done);
    }

    /** The side's result, waiting for it; what it threw, as it threw it. */
    private static <T> T join(CompletableFuture<T> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception thrown) {
                throw thrown;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
