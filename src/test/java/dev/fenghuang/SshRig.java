package dev.fenghuang;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.ssh.SshService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * {@code serve-ssh} on a demo portal for a test, with MINA's client in this process: a moderator's key (account mod1)
 * and a reader's (account reader1) on site qu, neither signed in yet.
 */
final class SshRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final KeyPair moderatorKey;
    final KeyPair readerKey;
    final DemoPortal portal;
    final Main main;
    final Path users;
    final SshClient client;
    SshService server;

    record Ran(int status, String out, String err) {
    }

    /** Where a server listens when it is not this rig's own (one in a child process). */
    record Listening(int port) {
    }

    /** A shell channel with a terminal, its screen bytes so far and the keys to type. */
    record Shell(ClientSession session, ChannelShell channel, ByteArrayOutputStream screen, PipedOutputStream keys)
            implements AutoCloseable {
        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** The screen's text since its first {@code from} bytes once it holds {@code expected}, or at the end of the wait. */
        String await(int from, String expected) throws InterruptedException {
            return SshRig.await(screen, from, expected);
        }

        String await(String expected) throws InterruptedException {
            return await(0, expected);
        }

        @Override
        public void close() throws IOException {
            channel.close();
            session.close();
        }
    }

    SshRig(Path home) throws Exception {
        this(home, Map.of());
    }

    /** @param environment the server's environment (settings come from its config directory under {@code home}) */
    SshRig(Path home, Map<String, String> environment) throws Exception {
        moderatorKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        readerKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        portal = DemoPortal.start(DemoOptions.defaults());
        main = new Main(XdgDirs.from(Map.of(), home.toString()), environment);
        Path sites = main.dirs().config().resolve("sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve("qu.properties"), "url = " + portal.baseUrl() + "\n");
        users = home.resolve("ssh_users");
        Files.writeString(users, String.join("\n",
                "# the moderators and readers of qu",
                "site=qu,account=mod1,role=moderator " + PublicKeyEntry.toString(moderatorKey.getPublic()) + " mod@x",
                "site=qu,account=reader1 " + PublicKeyEntry.toString(readerKey.getPublic()) + " reader@x", ""));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** Starts serving (the settings are read now). */
    SshRig serve() throws IOException {
        server = SshService.start(new Launcher.SshSetup("127.0.0.1", 0, users), main, notice -> { });
        return this;
    }

    ClientSession login(KeyPair key) throws IOException {
        return login(key, new Listening(server.port()));
    }

    ClientSession login(KeyPair key, Listening at) throws IOException {
        ClientSession session = client.connect("fenghuang", "127.0.0.1", at.port()).verify(WAIT).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(WAIT);
        return session;
    }

    Ran exec(KeyPair key, String command, String stdin) throws IOException {
        return exec(key, command, stdin, new Listening(server.port()));
    }

    Ran exec(KeyPair key, String command, String stdin, Listening at) throws IOException {
        try (ClientSession session = login(key, at); ChannelExec channel = session.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            channel.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(WAIT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            Integer status = channel.getExitStatus();
            return new Ran(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Signs the key's account in to the demo portal as admin, as a script would. */
    void signIn(KeyPair key) throws IOException {
        signIn(key, new Listening(server.port()));
    }

    void signIn(KeyPair key, Listening at) throws IOException {
        Ran login = exec(key, "login --username admin --password-stdin", "admin123\n", at);
        if (login.status() != 0) {
            throw new IllegalStateException("cannot sign in: " + login.err());
        }
    }

    /** A shell with a 100×30 xterm PTY and LANG=en_US.UTF-8. */
    Shell shell(KeyPair key) throws IOException {
        return shell(key, new Listening(server.port()));
    }

    Shell shell(KeyPair key, Listening at) throws IOException {
        ClientSession session = login(key, at);
        ChannelShell shell = session.createShellChannel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PipedOutputStream keys = terminal(shell, out);
        shell.open().verify(WAIT);
        return new Shell(session, shell, out, keys);
    }

    /** Gives the channel a 100×30 xterm PTY, English, its output and the keys typed into it. */
    static PipedOutputStream terminal(ClientChannel channel, OutputStream out) throws IOException {
        if (channel instanceof org.apache.sshd.client.channel.PtyCapableChannelSession pty) {
            pty.setUsePty(true);
            pty.setPtyType("xterm-256color");
            pty.setPtyColumns(100);
            pty.setPtyLines(30);
            pty.setEnv("LANG", "en_US.UTF-8");
        }
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        channel.setIn(in);
        channel.setOut(out);
        channel.setErr(out);
        return keys;
    }

    /** The text written to {@code out} after its first {@code from} bytes once it holds {@code expected}. */
    static String await(ByteArrayOutputStream out, int from, String expected) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        String since = "";
        while (System.nanoTime() < end) {
            byte[] all = out.toByteArray();
            since = new String(all, from, all.length - from, StandardCharsets.UTF_8);
            if (since.contains(expected)) {
                return since;
            }
            Thread.sleep(50);
        }
        return since;
    }

    /** Once more than {@code from} bytes came to the screen and none for a moment: how many. */
    static int settled(Shell shell, int from) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        int seen = shell.screen().size();
        while (System.nanoTime() < end) {
            Thread.sleep(400);
            int size = shell.screen().size();
            if (size > from && size == seen) {
                return size;
            }
            seen = size;
        }
        return seen;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        client.stop();
        portal.close();
    }
}
