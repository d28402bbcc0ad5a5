package dev.fenghuang.ssh;

import dev.fenghuang.cli.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
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
    private final SshServer server;
    private final String hostKey;

    private SshService(SshServer server, String hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    /**
     * Starts listening.
     *
     * @param base the launcher the commands would run with in a terminal here; each connection pins its site and
     *     account to its key's
     * @param notices where problems with the users file are told (never a key or a password)
     */
    public static SshService start(Launcher.SshSetup setup, Launcher base, Consumer<String> notices)
            throws IOException {
        KeyPairProvider hostKeys = HostKey.in(base.dirs().state().resolve("ssh"));
        Predicate<String> knownSite = name -> name.equals("demo") || (name.matches("[\\w.-]+")
                && Files.isRegularFile(base.dirs().config().resolve("sites").resolve(name + ".properties")));
        KnownKeys keys = new KnownKeys(setup.usersFile(), knownSite, notices);
        keys.current();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(setup.bind());
        server.setPort(setup.port());
        server.setKeyPairProvider(hostKeys);
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPublickeyAuthenticator(keys);
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setAgentFactory(null);
        server.setSubsystemFactories(List.of());
        server.setCommandFactory((channel, line) -> new ExecCommand(line, base));
        server.setShellFactory(channel -> new ReaderShell(base));
        server.start();
        String fingerprint;
        try {
            fingerprint = KeyUtils.getFingerPrint(hostKeys.loadKeys(null).iterator().next().getPublic());
        } catch (java.security.GeneralSecurityException e) {
            server.stop(true);
            throw new IOException("cannot read the host key: " + e.getMessage(), e);
        }
        return new SshService(server, fingerprint);
    }

    /** The port it listens on (the one asked for, or the one given for port 0). */
    public int port() {
        return server.getPort();
    }

    /** The host key's fingerprint, as the client shows it on first contact. */
    public String hostKeyFingerprint() {
        return hostKey;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    @Override
    public String toString() {
        return "serving SSH on " + server.getHost() + " port " + port() + ", host key " + hostKey;
    }
}
