package dev.fenghuang.tui.term;

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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a link in the user's browser: {@code $BROWSER} if set, else {@code xdg-open}, else {@code open} (macOS).
 * The process starts on the worker with its output discarded, so it neither blocks nor scribbles on the screen. Only
 * http(s) links open at once; a site's {@code file:} or {@code smb:} link would make the desktop open a local file or
 * a share, so other schemes need {@link #openConfirmed} after the user said yes.
 *
 * <p>Without {@code $BROWSER}, nothing is started where no browser could show the link to the user: in an SSH
 * session with no forwarded display (it would open on the far machine, if anywhere), or with no display at all for
 * {@code xdg-open}. An opener that exits with a failure is reported too, so the user is offered the link instead.
 */
public final class BrowserOpener {
    private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

    /** How long an opener may run before it counts as having opened the link (xdg-open may wait for the browser). */
    private static final long PATIENCE_MILLIS = 3000;

    /** What became of asking for a link to be opened. */
    public enum Outcome {
        /** The opener was started. */
        STARTED,
        /** An SSH session without a forwarded display and no {@code $BROWSER}: a browser would not be the user's. */
        OVER_SSH,
        /** No display for {@code xdg-open} and no {@code $BROWSER}. */
        NO_DISPLAY,
        /** No opener found at all, or the link is not one to open without asking. */
        NO_BROWSER
    }

    /** Runs an opener's command; returns its exit status, or 0 while it is still running after a while. */
    public interface Launch {
        int run(List<String> command) throws Exception;
    }

    private final Map<String, String> env;
    private final Executor worker;
    private final Launch launch;

    public BrowserOpener(Map<String, String> env, Executor worker) {
        this(env, worker, (Launch) BrowserOpener::start);
    }

    /** An opener that hands each command to {@code starter} (on the worker) instead of starting a process. */
    public BrowserOpener(Map<String, String> env, Executor worker, Consumer<List<String>> starter) {
        this(env, worker, (Launch) command -> {
            starter.accept(command);
            return 0;
        });
    }

    /** An opener that runs each command through {@code launch} on the worker and hears its exit status. */
    public static BrowserOpener launching(Map<String, String> env, Executor worker, Launch launch) {
        return new BrowserOpener(env, worker, launch);
    }

    private BrowserOpener(Map<String, String> env, Executor worker, Launch launch) {
        this.env = env;
        this.worker = worker;
        this.launch = launch;
    }

    /**
     * True for an absolute http or https URL with a host: the only links opened without asking. Anything else
     * ({@code file:}, {@code smb:}, {@code javascript:}, a custom scheme a desktop hands to some program, a relative or
     * malformed URL) is shown and opened only when the user says yes.
     */
    public static boolean isWebLink(String url) {
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

    /**
     * Starts the browser on an http(s) link; {@code failed} gets the opener's exit status (on the worker) when it
     * fails. Anything but {@link Outcome#STARTED} means nothing was started.
     */
    public Outcome open(String url, IntConsumer failed) {
        return isWebLink(url) ? launch(url, failed) : Outcome.NO_BROWSER;
    }

    /** Starts the browser on any link: only after the user said yes to {@link #isWebLink other} links. */
    public Outcome openConfirmed(String url, IntConsumer failed) {
        return launch(url, failed);
    }

    /** Why no browser could show a link to the user here, or empty when one may. */
    Optional<Outcome> unreachable() {
        if (set("BROWSER")) {
            return Optional.empty();
        }
        boolean display = set("DISPLAY") || set("WAYLAND_DISPLAY");
        if ((set("SSH_CONNECTION") || set("SSH_TTY")) && !display) {
            return Optional.of(Outcome.OVER_SSH);
        }
        if (!display && onPath("xdg-open")) {
            return Optional.of(Outcome.NO_DISPLAY);
        }
        return Optional.empty();
    }

    private boolean set(String name) {
        return !env.getOrDefault(name, "").isBlank();
    }

    private Outcome launch(String url, IntConsumer failed) {
        Optional<Outcome> unreachable = unreachable();
        if (unreachable.isPresent()) {
            return unreachable.get();
        }
        Optional<List<String>> cmd = command(url);
        if (cmd.isEmpty()) {
            return Outcome.NO_BROWSER;
        }
        worker.execute(() -> {
            int status;
            try {
                status = launch.run(cmd.get());
            } catch (Exception e) {
                log.warn("cannot start {}: {}", cmd.get().get(0), e.toString());
                status = 127;
            }
            if (status != 0) {
                failed.accept(status);
            }
        });
        return Outcome.STARTED;
    }

    private static int start(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS) ? p.exitValue() : 0;
    }
}
