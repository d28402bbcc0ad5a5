package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.ssh.SshService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve-ssh} against the demo portal, with MINA's own client in this process. */
class ServeSshTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A row of the moderation queue: a held comment's time and id. */
    private static final java.util.regex.Pattern QUEUE_ROW = java.util.regex.Pattern.compile("\\d\\d:\\d\\d .* #\\d+");
    private static KeyPair moderatorKey;
    private static KeyPair readerKey;
    private static KeyPair strangerKey;
    private static SshClient client;

    @TempDir
    Path home;

    private DemoPortal portal;
    private Main main;
    private SshService server;
    private Path users;

    @BeforeAll
    static void keys() throws Exception {
        moderatorKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        readerKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        strangerKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @BeforeEach
    void serve() throws Exception {
        portal = DemoPortal.start(DemoOptions.defaults());
        main = new Main(XdgDirs.from(Map.of(), home.toString()), Map.of());
        Path sites = main.dirs().config().resolve("sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve("qu.properties"), "url = " + portal.baseUrl() + "\n");
        users = home.resolve("ssh_users");
        Files.writeString(users, String.join("\n",
                "# the moderators and readers of qu",
                "site=qu,account=mod1,role=moderator " + PublicKeyEntry.toString(moderatorKey.getPublic()) + " mod@x",
                "site=qu,account=reader1 " + PublicKeyEntry.toString(readerKey.getPublic()) + " reader@x",
                ""));
        server = SshService.start(new Launcher.SshSetup("127.0.0.1", 0, users), main, notice -> { });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        portal.close();
    }

    record Ran(int status, String out, String err) {
    }

    private ClientSession login(KeyPair key) throws IOException {
        ClientSession session = client.connect("fenghuang", "127.0.0.1", server.port()).verify(WAIT).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(WAIT);
        return session;
    }

    private Ran exec(KeyPair key, String command, String stdin) throws IOException {
        try (ClientSession session = login(key); ChannelExec channel = session.createExecChannel(command)) {
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

    /** What the command prints run here, in a terminal-less process, as the key's account. */
    private String local(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        var cmd = dev.fenghuang.cli.Cli.command(main, args);
        cmd.setOut(new java.io.PrintWriter(out));
        cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cmd.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void theHostKeyIsMadeOnceAndKeptForItsOwnerOnly() throws Exception {
        Path key = main.dirs().state().resolve("ssh").resolve("ssh_host_key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String first = server.hostKeyFingerprint();
        server.close();
        server = SshService.start(new Launcher.SshSetup("127.0.0.1", 0, users), main, notice -> { });
        assertThat(server.hostKeyFingerprint()).isEqualTo(first).startsWith("SHA256:");
    }

    @Test
    void aKeyNotInTheUsersFileIsRefused() {
        assertThatThrownBy(() -> login(strangerKey)).isInstanceOf(SshException.class);
    }

    @Test
    void aPasswordIsRefusedEvenWithAListedUserName() throws IOException {
        ClientSession session = client.connect("mod1", "127.0.0.1", server.port()).verify(WAIT).getSession();
        try (session) {
            session.addPasswordIdentity("admin123");
            assertThatThrownBy(() -> session.auth().verify(WAIT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void aKeyAddedToTheUsersFileLogsInWithoutARestart() throws Exception {
        Files.writeString(users, "site=qu " + PublicKeyEntry.toString(strangerKey.getPublic()) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(users, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(users).toMillis() + 2000));
        login(strangerKey).close();
    }

    @Test
    void anExecRequestRunsTheCommandAndReturnsItsExitCode() throws IOException {
        Ran read = exec(readerKey, "read 1", "");

        assertThat(read.status()).as(read.err()).isZero();
        assertThat(withoutViews(read.out())).isNotBlank().isEqualTo(withoutViews(local("--site", "qu", "read", "1")));
        Ran missing = exec(readerKey, "read 99999", "");
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).startsWith("fenghuang: ");
    }

    /** Each read counts a view: the count is all that differs between two reads. */
    private static String withoutViews(String text) {
        return text.replaceAll("views \\d+", "views N");
    }

    @Test
    void aModeratorsKeyListsTheQueueAsJsonAfterSigningInOverTheChannel() throws IOException {
        Ran login = exec(moderatorKey, "login --username admin --password-stdin", "admin123\n");
        assertThat(login.status()).as(login.err()).isZero();

        Ran queue = exec(moderatorKey, "mod queue --json --password-stdin", "admin123\n");

        assertThat(queue.status()).as(queue.err()).isZero();
        assertThat(JsonParser.parseString(queue.out()).getAsJsonObject().get("total").getAsInt()).isPositive();
        assertThat(Files.exists(main.dirs().state().resolve("sites"))).isTrue();
    }

    @Test
    void aReadersKeyMayNotModerate() throws IOException {
        Ran mod = exec(readerKey, "mod queue --json", "");

        assertThat(mod.status()).isEqualTo(2);
        assertThat(mod.err()).contains("reader");
    }

    @Test
    void aShellCommandOrAnotherSiteIsRefusedWithOneLine() throws IOException {
        Ran sh = exec(moderatorKey, "sh -c id", "");
        assertThat(sh.status()).isEqualTo(127);
        assertThat(sh.out()).isEmpty();
        assertThat(sh.err()).isEqualTo("fenghuang: sh: not a Fenghuang command (no shell here; try: help)\n");

        Ran elsewhere = exec(moderatorKey, "--site http://127.0.0.1:1/ read 1", "");
        assertThat(elsewhere.status()).isEqualTo(2);
        assertThat(exec(moderatorKey, "demo-portal --port 0", "").status()).isEqualTo(2);
    }

    @Test
    void aShellWithoutATerminalIsRefused() throws IOException {
        try (ClientSession session = login(readerKey); ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            shell.setOut(new ByteArrayOutputStream());
            shell.setErr(err);
            shell.open().verify(WAIT);
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertThat(shell.getExitStatus()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("ssh -t");
        }
    }

    /** The screen's text so far, escape sequences and all. */
    private static String awaitScreen(ByteArrayOutputStream out, String expected) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            String screen = out.toString(StandardCharsets.UTF_8);
            if (screen.contains(expected)) {
                return screen;
            }
            Thread.sleep(50);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private ChannelShell reader(ClientSession session, ByteArrayOutputStream out, java.io.OutputStream keys)
            throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setUsePty(true);
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(100);
        shell.setPtyLines(30);
        shell.setEnv("LANG", "en_US.UTF-8");
        java.io.PipedInputStream in = new java.io.PipedInputStream();
        ((java.io.PipedOutputStream) keys).connect(in);
        shell.setIn(in);
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return shell;
    }

    @Test
    void aReadersKeyWithATerminalLandsOnTheSectionsAndQuits() throws Exception {
        assertThat(exec(readerKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        try (ClientSession session = login(readerKey); ChannelShell shell = reader(session, out, keys)) {
            assertThat(awaitScreen(out, "党政风采")).contains("党政风采");
            keys.write('q');
            keys.flush();
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
            assertThat(shell.getExitStatus()).isZero();
        }
    }

    @Test
    void aModeratorsKeyWithATerminalLandsOnTheQueueWhichAsksForTheAdminPassword() throws Exception {
        assertThat(exec(moderatorKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        try (ClientSession session = login(moderatorKey); ChannelShell shell = reader(session, out, keys)) {
            String screen = awaitScreen(out, "Admin panel password");
            assertThat(screen).contains("Moderation: pending", "The admin panel asks for your password again");
        }
    }

    /** The bug of issue 12: typed keys had no effect on the admin panel's password form over a channel. */
    @Test
    void aModeratorTypesTheAdminPasswordOverTheChannelAndTheQueueLoads() throws Exception {
        assertThat(exec(moderatorKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        try (ClientSession session = login(moderatorKey); ChannelShell shell = reader(session, out, keys)) {
            assertThat(awaitScreen(out, "Admin panel password")).contains("The admin panel asks for your password");
            int before = out.size();
            keys.write("admin123\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();

            // the screen is sent as changes: of "Admin panel open." only what differs from the status line before
            String after = awaitScreen(out, before, QUEUE_ROW);
            assertThat(after).contains("Checking...", "open.").containsPattern(QUEUE_ROW);
            int onQueue = out.size();
            keys.write('q');
            keys.flush();
            assertThat(awaitScreen(out, onQueue, java.util.regex.Pattern.compile("党政风采"))).contains("党政风采");
            keys.write('q');
            keys.flush();
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
        }
    }

    /** What the screen was sent after its first {@code from} bytes, once it shows {@code expected} (or the wait ends). */
    private static String awaitScreen(ByteArrayOutputStream out, int from, java.util.regex.Pattern expected)
            throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        String since = "";
        while (System.nanoTime() < end) {
            byte[] all = out.toByteArray();
            since = new String(all, from, all.length - from, StandardCharsets.UTF_8);
            if (expected.matcher(since).find()) {
                return since;
            }
            Thread.sleep(50);
        }
        return since;
    }

    @Test
    void portForwardingIsRefused() throws IOException {
        try (ClientSession session = login(moderatorKey)) {
            SshdSocketAddress site = new SshdSocketAddress("127.0.0.1", portal.baseUrl().getPort());
            var channel = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0), site);
            assertThatThrownBy(() -> channel.open().verify(WAIT)).isInstanceOf(SshException.class);
            assertThatThrownBy(() -> session.startRemotePortForwarding(
                    new SshdSocketAddress("127.0.0.1", 0), site)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void sftpAndOtherSubsystemsAreRefused() throws IOException {
        try (ClientSession session = login(moderatorKey); ChannelSubsystem sftp = session.createSubsystemChannel("sftp")) {
            sftp.open().verify(WAIT);
            var events = sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5));
            assertThat(events).contains(ClientChannelEvent.CLOSED).doesNotContain(ClientChannelEvent.TIMEOUT);
            assertThat(sftp.getExitStatus()).isNull();
        }
    }

    @Test
    void theServerListensOnlyWhereItIsTold() {
        assertThat(server.toString()).contains("127.0.0.1").contains(String.valueOf(server.port()));
        assertThat(List.of(server.port())).doesNotContain(0);
    }
}
