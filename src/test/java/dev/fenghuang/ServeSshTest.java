package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.ssh.SshService;
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
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code serve-ssh} against the demo portal, with MINA's own client in this process. */
class ServeSshTest extends ServedSshRigTest {
    private static final Duration WAIT = SshRig.WAIT;
    /** A row of the moderation queue: a held comment's time and id. */
    private static final java.util.regex.Pattern QUEUE_ROW = java.util.regex.Pattern.compile("\\d\\d:\\d\\d .* #\\d+");
    private static KeyPair strangerKey;

    @BeforeAll
    static void keys() throws Exception {
        strangerKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    }

    /** What the command prints run here, in a terminal-less process, as the key's account. */
    private String local(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        var cmd = dev.fenghuang.cli.Cli.command(rig.main, args);
        cmd.setOut(new java.io.PrintWriter(out));
        cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cmd.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void theHostKeyIsMadeOnceAndKeptForItsOwnerOnly() throws Exception {
        Path key = rig.main.dirs().state().resolve("ssh").resolve("ssh_host_key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String first = rig.server.hostKeyFingerprint();
        rig.server.close();
        rig.server = SshService.start(new Launcher.SshSetup("127.0.0.1", 0, rig.users), rig.main, notice -> { });
        assertThat(rig.server.hostKeyFingerprint()).isEqualTo(first).startsWith("SHA256:");
    }

    @Test
    void aKeyNotInTheUsersFileIsRefused() {
        assertThatThrownBy(() -> rig.login(strangerKey)).isInstanceOf(SshException.class);
    }

    @Test
    void aPasswordIsRefusedEvenWithAListedUserName() throws IOException {
        ClientSession session = rig.client.connect("mod1", "127.0.0.1", rig.server.port()).verify(WAIT).getSession();
        try (session) {
            session.addPasswordIdentity("admin123");
            assertThatThrownBy(() -> session.auth().verify(WAIT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void aKeyAddedToTheUsersFileLogsInWithoutARestart() throws Exception {
        Files.writeString(rig.users, "site=qu " + PublicKeyEntry.toString(strangerKey.getPublic()) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(rig.users, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(rig.users).toMillis() + 2000));
        rig.login(strangerKey).close();
    }

    @Test
    void anExecRequestRunsTheCommandAndReturnsItsExitCode() throws IOException {
        SshRig.Ran read = rig.exec(rig.readerKey, "read 1", "");

        assertThat(read.status()).as(read.err()).isZero();
        assertThat(withoutViews(read.out())).isNotBlank().isEqualTo(withoutViews(local("--site", "qu", "read", "1")));
        SshRig.Ran missing = rig.exec(rig.readerKey, "read 99999", "");
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).startsWith("fenghuang: ");
    }

    /** Each read counts a view: the count is all that differs between two reads. */
    private static String withoutViews(String text) {
        return text.replaceAll("views \\d+", "views N");
    }

    @Test
    void aModeratorsKeyListsTheQueueAsJsonAfterSigningInOverTheChannel() throws IOException {
        SshRig.Ran login = rig.exec(rig.moderatorKey, "login --username admin --password-stdin", "admin123\n");
        assertThat(login.status()).as(login.err()).isZero();

        SshRig.Ran queue = rig.exec(rig.moderatorKey, "mod queue --json --password-stdin", "admin123\n");

        assertThat(queue.status()).as(queue.err()).isZero();
        assertThat(JsonParser.parseString(queue.out()).getAsJsonObject().get("total").getAsInt()).isPositive();
        assertThat(Files.exists(rig.main.dirs().state().resolve("sites"))).isTrue();
    }

    @Test
    void aReadersKeyMayNotModerate() throws IOException {
        SshRig.Ran mod = rig.exec(rig.readerKey, "mod queue --json", "");

        assertThat(mod.status()).isEqualTo(2);
        assertThat(mod.err()).contains("reader");
    }

    @Test
    void aShellCommandOrAnotherSiteIsRefusedWithOneLine() throws IOException {
        SshRig.Ran sh = rig.exec(rig.moderatorKey, "sh -c id", "");
        assertThat(sh.status()).isEqualTo(127);
        assertThat(sh.out()).isEmpty();
        assertThat(sh.err()).isEqualTo("fenghuang: sh: not a Fenghuang command (no shell here; try: help)\n");

        SshRig.Ran elsewhere = rig.exec(rig.moderatorKey, "--site http://127.0.0.1:1/ read 1", "");
        assertThat(elsewhere.status()).isEqualTo(2);
        assertThat(rig.exec(rig.moderatorKey, "demo-portal --port 0", "").status()).isEqualTo(2);
    }

    @Test
    void aShellWithoutATerminalIsRefused() throws IOException {
        try (ClientSession session = rig.login(rig.readerKey); ChannelShell shell = session.createShellChannel()) {
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

    @Test
    void aReadersKeyWithATerminalLandsOnTheSectionsAndQuits() throws Exception {
        assertThat(rig.exec(rig.readerKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            assertThat(shell.await("党政风采")).contains("党政风采");
            shell.type("q");
            assertThat(shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
            assertThat(shell.channel().getExitStatus()).isZero();
        }
    }

    @Test
    void aModeratorsKeyWithATerminalLandsOnTheQueueWhichAsksForTheAdminPassword() throws Exception {
        assertThat(rig.exec(rig.moderatorKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        try (SshRig.Shell shell = rig.shell(rig.moderatorKey)) {
            String screen = shell.await("Admin panel password");
            assertThat(screen).contains("Moderation: pending", "The admin panel asks for your password again");
        }
    }

    /** The bug of issue 12: typed keys had no effect on the admin panel's password form over a channel. */
    @Test
    void aModeratorTypesTheAdminPasswordOverTheChannelAndTheQueueLoads() throws Exception {
        assertThat(rig.exec(rig.moderatorKey, "login --username admin --password-stdin", "admin123\n").status()).isZero();
        try (SshRig.Shell shell = rig.shell(rig.moderatorKey)) {
            ByteArrayOutputStream out = shell.screen();
            assertThat(shell.await("Admin panel password")).contains("The admin panel asks for your password");
            int before = out.size();
            shell.type("admin123\r");

            // the screen is sent as changes: of "Admin panel open." only what differs from the status line before
            String after = awaitScreen(out, before, QUEUE_ROW);
            assertThat(after).contains("Checking...", "open.").containsPattern(QUEUE_ROW);
            int onQueue = out.size();
            shell.type("q");
            assertThat(shell.await(onQueue, "党政风采")).contains("党政风采");
            shell.type("q");
            assertThat(shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
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
        try (ClientSession session = rig.login(rig.moderatorKey)) {
            SshdSocketAddress site = new SshdSocketAddress("127.0.0.1", rig.portal.baseUrl().getPort());
            var channel = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0), site);
            assertThatThrownBy(() -> channel.open().verify(WAIT)).isInstanceOf(SshException.class);
            assertThatThrownBy(() -> session.startRemotePortForwarding(
                    new SshdSocketAddress("127.0.0.1", 0), site)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void sftpAndOtherSubsystemsAreRefused() throws IOException {
        try (ClientSession session = rig.login(rig.moderatorKey); ChannelSubsystem sftp = session.createSubsystemChannel("sftp")) {
            sftp.open().verify(WAIT);
            var events = sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5));
            assertThat(events).contains(ClientChannelEvent.CLOSED).doesNotContain(ClientChannelEvent.TIMEOUT);
            assertThat(sftp.getExitStatus()).isNull();
        }
    }

    @Test
    void theServerListensOnlyWhereItIsTold() {
        assertThat(rig.server.toString()).contains("127.0.0.1").contains(String.valueOf(rig.server.port()));
        assertThat(List.of(rig.server.port())).doesNotContain(0);
    }
}
