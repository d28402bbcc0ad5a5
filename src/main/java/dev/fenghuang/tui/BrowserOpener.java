package dev.fenghuang.tui;

import dev.fenghuang.model.SafeText;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a link in the user's browser: {@code $BROWSER} if set, else {@code xdg-open}, else {@code open} (macOS).
 * The process starts on the worker with its output discarded, so it neither blocks nor scribbles on the screen. Only
 * http(s) links open at once; a site's {@code file:} or {@code smb:} link would make the desktop open a local file or
 * a share, so other schemes need {@link #openConfirmed} after the user said yes.
 */
final class BrowserOpener {
    private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

    private final Map<String, String> env;
    private final Executor worker;
    private final Consumer<List<String>> starter;

    BrowserOpener(Map<String, String> env, Executor worker) {
        this(env, worker, BrowserOpener::start);
    }

    /** An opener that hands each command to {@code starter} (on the worker) instead of starting a process. */
    BrowserOpener(Map<String, String> env, Executor worker, Consumer<List<String>> starter) {
        this.env = env;
        this.worker = worker;
        this.starter = starter;
    }

    /**
     * True for an absolute http or https URL with a host: the only links opened without asking. Anything else
     * ({@code file:}, {@code smb:}, {@code javascript:}, a custom scheme a desktop hands to some program, a relative or
     * malformed URL) is shown and opened only when the user says yes.
     */
    static boolean isWebLink(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !SafeText.isSafe(url)) {
            return false;
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || !url.startsWith("//", colon + 1)) {
            return false;
        }
        int start = colon + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return !(port >= 0 ? host.substring(0, port) : host).isBlank();
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

    /** Starts the browser on an http(s) link; false when there is none, or when the link is not one. */
    boolean open(String url) {
        return isWebLink(url) && launch(url);
    }

    /** Starts the browser on any link: only after the user said yes to {@link #isWebLink other} links. */
    boolean openConfirmed(String url) {
        return launch(url);
    }

    private boolean launch(String url) {
        Optional<List<String>> cmd = command(url);
        if (cmd.isEmpty()) {
            return false;
        }
        worker.execute(() -> starter.accept(cmd.get()));
        return true;
    }

    private static void start(List<String> cmd) {
        try {
            new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            log.warn("cannot start {}: {}", cmd, e.toString());
        }
    }
}
