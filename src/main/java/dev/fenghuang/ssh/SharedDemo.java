package dev.fenghuang.ssh;

import dev.fenghuang.cli.Launcher;
import java.util.function.Consumer;

/**
 * The demo portal of the keys with {@code site=demo}: started in this process by the first connection that needs it
 * (on a free port of 127.0.0.1) and shared by all of them, so that what one key does there the others see; stopped
 * with the service.
 */
final class SharedDemo implements AutoCloseable {
    private final Launcher base;
    private final Consumer<String> notices;
    private Launcher.RunningDemo running;

    SharedDemo(Launcher base, Consumer<String> notices) {
        this.base = base;
        this.notices = notices;
    }

    /** The portal's root URL, starting it the first time. */
    synchronized String url() throws Exception {
        if (running == null) {
            running = base.startDemo(0, "UTF-8", false);
            notices.accept("started the demo portal for the site=demo keys at " + running.baseUrl());
        }
        return running.baseUrl().toString();
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                notices.accept("the demo portal did not stop cleanly: " + e.getMessage());
            }
            running = null;
        }
    }
}
