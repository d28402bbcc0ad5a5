package dev.fenghuang.tui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a link in the user's browser: {@code $BROWSER} if set, else {@code xdg-open}, else {@code open} (macOS).
 * The process starts on the worker with its output discarded, so it neither blocks nor scribbles on the screen.
 */
final class BrowserOpener {
    private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

    private final Map<String, String> env;
    private final Executor worker;

    BrowserOpener(Map<String, String> env, Executor worker) {
        this.env = env;
        this.worker = worker;
    }

    /** The command that would open {@code url}, or empty when there is no browser to be found. */
    Optional<List<String>> command(String url) {
        String browser = env.getOrDefault("BROWSER", "").strip();
        if (!browser.isEmpty()) {
            String first = browser.split(":")[0].strip();
            List<String> cmd = new ArrayList<>(List.of(first.split("\\s+")));
            if (first.contains("%s")) {
                cmd.replaceAll(part -> part.replace("%s", url));
            } else {
                cmd.add(url);
            }
            return Optional.of(cmd);
        }
        for (String candidate : List.of("xdg-open", "open")) {
            if (onPath(candidate)) {
                return Optional.of(List.of(candidate, url));
            }
        }
        return Optional.empty();
    }

    private boolean onPath(String program) {
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Starts the browser; false when there is none. */
    boolean open(String url) {
        Optional<List<String>> cmd = command(url);
        if (cmd.isEmpty()) {
            return false;
        }
        worker.execute(() -> {
            try {
                new ProcessBuilder(cmd.get()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (Exception e) {
                log.warn("cannot start {}: {}", cmd.get(), e.toString());
            }
        });
        return true;
    }
}
