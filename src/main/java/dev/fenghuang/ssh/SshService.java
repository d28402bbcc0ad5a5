package dev.fenghuang.ssh;

import dev.fenghuang.cli.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import dev.fenghuang.app.Settings;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;

/**
 * {@code fenghuang serve-ssh}: an SSH server whose only programs are Fenghuang's. Public keys from the users file
 * only (no passwords, no keyboard-interactive); session channels only (no port forwarding either way, no agent or
 * X11 forwarding, no SFTP or other subsystems); an exec request runs one command, a shell request with a terminal the
 * reader.
 */
public final class SshService implements AutoCloseable {
    /** How often readers are checked for idleness. */
    private static final java.time.Duration SWEEP = java.time.Duration.ofSeconds(1);
    /** How long the connected users may take to leave (keeping their drafts) when the service stops. */
    private static final java.time.Duration LEAVING = java.time.Duration.ofSeconds(15);

    private final SshServer server;
    private final String hostKey;
    private final Sessions sessions;
    private final SharedDemo demo;
    private final ScheduledExecutorService sweeper;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SshService(SshServer server, String hostKey, Serving serving, ScheduledExecutorService sweeper) {
        this.server = server;
        this.hostKey = hostKey;
        this.sessions = serving.sessions();
        this.demo = serving.demo();
        this.sweeper = sweeper;
    }

    /**
     * Starts listening, with the limits of the settings ({@code ssh.*}).
     *
     * @param base the launcher the commands would run with in a terminal here; each connection pins its site and
     *     account to its key's
     * @param notices where problems with the users file are told (never a key or a password)
     */
    public static SshService start(Launcher.SshSetup setup, Launcher base, Consumer<String> notices)
            throws IOException {
        return start(setup, base, notices, InstantSource.system());
    }

    /** The same, with the clock the idle time and the back-off are measured on. */
    public static SshService start(Launcher.SshSetup setup, Launcher base, Consumer<String> notices,
                                   InstantSource clock) throws IOException {
        KeyPairProvider hostKeys = HostKey.in(base.dirs().state().resolve("ssh"));
        Predicate<String> knownSite = name -> name.equals("demo") || (name.matches("[\\w.-]+")
                && Files.isRegularFile(base.dirs().config().resolve("sites").resolve(name + ".properties")));
        KnownKeys keys = new KnownKeys(setup.usersFile(), knownSite, notices);
        keys.current();
        SshLimits limits = SshLimits.from(Settings.load(base.dirs()));
        Serving serving = new Serving(base, new Sessions(limits, clock), clock, new SharedDemo(base, notices));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(setup.bind());
        server.setPort(setup.port());
        server.setKeyPairProvider(hostKeys);
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPublickeyAuthenticator(new GatedKeys(keys, new AddressGate(limits, clock)));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, limits.maxAuthAttempts());
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setAgentFactory(null);
        server.setSubsystemFactories(List.of());
        server.addSessionListener(new ConnectionLog(base.dirs().state().resolve("ssh").resolve("connections.jsonl"),
                clock, notices));
        server.setCommandFactory((channel, line) -> new ExecCommand(line, serving));
        server.setShellFactory(channel -> new ReaderShell(serving));
        server.start();
        String fingerprint;
        try {
            fingerprint = KeyUtils.getFingerPrint(hostKeys.loadKeys(null).iterator().next().getPublic());
        } catch (java.security.GeneralSecurityException e) {
            server.stop(true);
            throw new IOException("cannot read the host key: " + e.getMessage(), e);
        }
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ssh-idle-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(serving.sessions()::sweep, SWEEP.toMillis(), SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
        return new SshService(server, fingerprint, serving, sweeper);
    }

    /** The port it listens on (the one asked for, or the one given for port 0). */
    public int port() {
        return server.getPort();
    }

    /** The host key's fingerprint, as the client shows it on first contact. */
    public String hostKeyFingerprint() {
        return hostKey;
    }

    /**
     * Stops: every connected reader is told the service is stopping and leaves as when its channel closes (its
     * draft kept), every exec request is ended, and once they are gone (or after {@link #LEAVING}) the server stops.
     */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        sessions.stopAll();
        try {
            sessions.awaitNone(LEAVING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sweeper.shutdownNow();
            server.stop(true);
            demo.close();
        }
    }

    @Override
    public String toString() {
        return "serving SSH on " + server.getHost() + " port " + port() + ", host key " + hostKey;
    }
}
