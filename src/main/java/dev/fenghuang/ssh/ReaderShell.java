package dev.fenghuang.ssh;

import com.googlecode.lanterna.TerminalSize;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.Settings;
import dev.fenghuang.tui.Tui;
import dev.fenghuang.tui.TuiOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
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
 * is no shell to give: one line says how to ask, and the status is 2. Closing the channel ends this reader only; so
 * do the idle time and the service stopping, which the user is told of once the screen is given back.
 */
final class ReaderShell extends ChannelStreams implements Sessions.Live {
    private static final Logger log = LoggerFactory.getLogger(ReaderShell.class);
    /** How long a reader whose channel closed may take to leave (to keep its draft) before it is interrupted. */
    private static final java.time.Duration LEAVING = java.time.Duration.ofSeconds(10);

    private final Serving serving;
    private SshUser user;
    private Thread thread;
    private volatile ChannelTerminal terminal;
    private volatile Instant lastInput;
    private volatile Sessions.Ending ending;
    private volatile boolean clientGone;

    ReaderShell(Serving serving) {
        this.serving = serving;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        connection = channel.getSession();
        user = connection.getAttribute(KnownKeys.USER);
        ConnectionLauncher launcher = serving.launcher(user, env.getEnv(), in, prompt -> null);
        Optional<TerminalSize> size = ChannelTerminal.of(env.getEnv());
        if (size.isEmpty()) {
            refuse("fenghuang: no terminal to show the reader on: ssh -t, or give a command such as: read 1",
                    ExecRequest.REFUSED);
            return;
        }
        lastInput = serving.clock().instant();
        Optional<Sessions.Refusal> refused = serving.sessions().admit(this);
        if (refused.isPresent()) {
            Sessions.Refusal r = refused.get();
            refuse("fenghuang: " + Serving.told(launcher, r.textKey(), String.valueOf(r.limit())), TRY_LATER);
            return;
        }
        terminal = new ChannelTerminal(new Typing(in, serving.clock(), this), out, size.get());
        env.addSignalListener((ch, signal) -> ChannelTerminal.of(env.getEnv()).ifPresent(terminal::resized),
                Signal.WINCH);
        thread = new Thread(() -> finish(run(launcher, terminal)), "ssh-reader " + user.who());
        thread.setDaemon(true);
        thread.start();
    }

    private void refuse(String line, int status) {
        ended("refused: " + line.substring(0, Math.min(line.length(), 60)));
        PrintWriter stderr = new PrintWriter(ChannelPrompt.lineEnds(err), true, StandardCharsets.UTF_8);
        stderr.println(line);
        stderr.flush();
        finish(status);
    }

    private int run(ConnectionLauncher launcher, ChannelTerminal terminal) {
        try (PortalSession session = launcher.session(null, false, null)) {
            Map<String, String> env = launcher.environment();
            TuiOptions options = TuiOptions.from(Settings.load(launcher.dirs()), null, launcher.language(), env, true);
            int status = Tui.overChannel(terminal, out, session, options, env,
                    user.role() == SshUser.Role.MODERATOR, guest(session));
            tellWhyItEnded(launcher);
            Sessions.Ending why = ending;
            ended(why == Sessions.Ending.IDLE ? "idle" : why == Sessions.Ending.STOPPING ? "stopping"
                    : clientGone ? "client gone" : "quit");
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            log.warn("the reader of {} ended: {}", user.who(), e.toString());
            return 1;
        } finally {
            serving.sessions().leave(this);
        }
    }

    /** After the screen is given back: why the session was closed, when it was not the user's doing. */
    private void tellWhyItEnded(ConnectionLauncher launcher) {
        Sessions.Ending why = ending;
        if (why == null) {
            return;
        }
        String line = why == Sessions.Ending.IDLE
                ? Serving.told(launcher, "ssh.idle", String.valueOf(serving.sessions().limits().idleTimeout()
                        .toMinutes()))
                : Serving.told(launcher, "ssh.stopping");
        try {
            out.write(("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException gone) {
            log.debug("could not tell {} why the session ended: {}", user.who(), gone.toString());
        }
    }

    /** Whether the account has no live session on the site (a site that cannot be asked now is not asked about). */
    private static boolean guest(PortalSession session) {
        try {
            return session.participation() != null && session.participation().whoami().isGuest();
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    @Override
    public SshUser user() {
        return user;
    }

    @Override
    public Optional<Instant> lastInput() {
        return Optional.ofNullable(lastInput);
    }

    /** Idle, or the service stopping: the input ends as when the channel closes, so the draft is kept. */
    @Override
    public void end(Sessions.Ending why) {
        ending = why;
        ChannelTerminal t = terminal;
        if (t != null) {
            t.channelClosed();
        }
    }

    /** Waits for the reader to leave, at most {@code limit}; whether it has. */
    boolean awaitLeaving(java.time.Duration limit) throws InterruptedException {
        Thread reader = thread;
        if (reader != null) {
            reader.join(limit.toMillis());
        }
        return reader == null || !reader.isAlive();
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
        clientGone = thread.isAlive();
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

    /** The channel's input, noting when the user last typed. */
    private static final class Typing extends FilterInputStream {
        private final InstantSource clock;
        private final ReaderShell shell;

        Typing(InputStream in, InstantSource clock, ReaderShell shell) {
            super(in);
            this.clock = clock;
            this.shell = shell;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                shell.lastInput = clock.instant();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                shell.lastInput = clock.instant();
            }
            return n;
        }
    }
}
