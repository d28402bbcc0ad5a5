package dev.fenghuang.ssh;

import com.googlecode.lanterna.TerminalSize;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.Settings;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.tui.Tui;
import dev.fenghuang.tui.TuiOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shell request: the full-screen reader on the channel, for the key's site and account, sized by the client's PTY
 * and resized with its window; moderators start on the moderation queue, readers on the sections. Without a PTY there
 * is no shell to give: one line says how to ask, and the status is 2. Closing the channel ends this reader only.
 */
final class ReaderShell extends ChannelStreams {
    private static final Logger log = LoggerFactory.getLogger(ReaderShell.class);
    /** How long a reader whose channel closed may take to leave (to keep its draft) before it is interrupted. */
    private static final java.time.Duration LEAVING = java.time.Duration.ofSeconds(10);

    private final Launcher base;
    private Thread thread;
    private volatile ChannelTerminal terminal;

    ReaderShell(Launcher base) {
        this.base = base;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        SshUser user = channel.getSession().getAttribute(KnownKeys.USER);
        Optional<TerminalSize> size = ChannelTerminal.of(env.getEnv());
        if (size.isEmpty()) {
            PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
            stderr.println("fenghuang: no terminal to show the reader on: ssh -t, or give a command such as: read 1");
            stderr.flush();
            exit.onExit(ExecRequest.REFUSED);
            return;
        }
        terminal = new ChannelTerminal(in, out, size.get());
        env.addSignalListener((ch, signal) -> ChannelTerminal.of(env.getEnv()).ifPresent(terminal::resized),
                Signal.WINCH);
        ConnectionLauncher launcher = new ConnectionLauncher(base, user, env.getEnv(), in, prompt -> null);
        thread = new Thread(() -> exit.onExit(run(user, launcher, terminal)), "ssh-reader " + user.who());
        thread.setDaemon(true);
        thread.start();
    }

    private int run(SshUser user, ConnectionLauncher launcher, ChannelTerminal terminal) {
        try (PortalSession session = launcher.session(null, false, null)) {
            Map<String, String> env = launcher.environment();
            TuiOptions options = TuiOptions.from(Settings.load(launcher.dirs()), null, launcher.language(), env, true);
            return Tui.overChannel(terminal, out, session, options, env, user.role() == SshUser.Role.MODERATOR,
                    guest(session));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            log.warn("the reader of {} ended: {}", user.who(), e.toString());
            return 1;
        }
    }

    /** Whether the account has no live session on the site (a site that cannot be asked now is not asked about). */
    private static boolean guest(PortalSession session) {
        try {
            return session.participation() != null && session.participation().whoami().isGuest();
        } catch (java.io.IOException | RuntimeException unknown) {
            return false;
        }
    }

    /**
     * The channel closed (the user quit, or the client is gone): its input is ended, so the reader leaves as at the end
     * of a terminal's input, keeping the text being written as a draft; if it is not gone after {@link #LEAVING}, it
     * is interrupted.
     */
    @Override
    public void destroy(ChannelSession channel) {
        if (thread == null || terminal == null) {
            return;
        }
        terminal.channelClosed();
        Thread reader = thread;
        Thread watch = new Thread(() -> {
            try {
                reader.join(LEAVING.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reader.interrupt();
        }, "ssh-reader-leaving");
        watch.setDaemon(true);
        watch.start();
    }
}
