package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.ssh.SshService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of {@code serve-ssh}: sessions in all and per key, the idle time, sign-in attempts. */
class SshLimitsTest {
    @TempDir
    Path home;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T18:00:00Z"));
    private SshRig rig;

    private SshRig serve(String settings) throws Exception {
        rig = new SshRig(home);
        Files.createDirectories(rig.main.dirs().config());
        Files.writeString(rig.main.dirs().config().resolve("fenghuang.properties"), settings);
        rig.server = SshService.start(new dev.fenghuang.cli.Launcher.SshSetup("127.0.0.1", 0, rig.users), rig.main,
                notice -> { }, now::get);
        return rig;
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void aKeyWithItsMostSessionsOpenIsRefusedOnTheChannel() throws Exception {
        serve("ssh.maxSessionsPerKey = 1\n");
        rig.signIn(rig.readerKey);
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            shell.await("党政风采");

            SshRig.Ran second = rig.exec(rig.readerKey, "read 1", "");
            assertThat(second.status()).isEqualTo(75);
            assertThat(second.err()).contains("1 session", "this key");
            assertThat(rig.exec(rig.moderatorKey, "read 1", "").status()).isZero();
        }
    }

    @Test
    void theServiceWithItsMostSessionsOpenRefusesAnyKeyUntilOneEnds() throws Exception {
        serve("ssh.maxSessions = 1\n");
        rig.signIn(rig.readerKey);
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            shell.await("党政风采");
            SshRig.Ran refused = rig.exec(rig.moderatorKey, "read 1", "");
            assertThat(refused.status()).isEqualTo(75);
            assertThat(refused.err()).contains("try again later");
            shell.type("q");
            shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshRig.WAIT);
        }
        assertThat(rig.exec(rig.moderatorKey, "read 1", "").status()).isZero();
    }

    @Test
    void aShellWithNoInputForTheIdleTimeSaysSoKeepsTheDraftAndCloses() throws Exception {
        serve("ssh.idleTimeout = 10m\n");
        rig.signIn(rig.readerKey);
        String text = "闲置之后草稿还在";
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            openFirstArticle(shell);
            int before = shell.screen().size();
            shell.type("C");
            shell.await(before, "Comment: ");
            shell.type(text);
            SshRig.settled(shell, shell.screen().size());
            now.set(now.get().plus(Duration.ofMinutes(11)));

            String end = shell.await(before, "No input for 10 minutes");
            assertThat(end).contains("No input for 10 minutes", "draft");
            assertThat(shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshRig.WAIT))
                    .contains(ClientChannelEvent.CLOSED);
        }
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            openFirstArticle(shell);
            assertThat(shell.await("An unsent draft is kept")).contains("An unsent draft is kept");
        }
    }

    /** From the sections, Enter on the first section and on its first article, once it is drawn. */
    private static void openFirstArticle(SshRig.Shell shell) throws Exception {
        shell.await("党政风采");
        int sections = SshRig.settled(shell, 0);
        shell.type("\r");
        int list = SshRig.settled(shell, sections);
        shell.type("\r");
        SshRig.settled(shell, list);
    }

    @Test
    void aConnectionOfferingTooManyKeysIsRefused() throws Exception {
        serve("ssh.maxAuthAttempts = 3\n");
        ClientSession session = rig.client.connect("fenghuang", "127.0.0.1", rig.server.port()).verify(SshRig.WAIT)
                .getSession();
        try (session) {
            for (int i = 0; i < 3; i++) {
                session.addPublicKeyIdentity(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256));
            }
            session.addPublicKeyIdentity(rig.readerKey);
            assertThatThrownBy(() -> session.auth().verify(SshRig.WAIT)).isInstanceOf(SshException.class);
        }
    }

    @Test
    void anAddressThatFailedTooOftenWaitsEvenWithAGoodKey() throws Exception {
        serve("ssh.failuresPerAddress = 2\nssh.firstWait = 1m\n");
        KeyPair stranger = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> rig.login(stranger).close()).isInstanceOf(SshException.class);
        }
        assertThatThrownBy(() -> rig.login(rig.readerKey).close()).isInstanceOf(SshException.class);

        now.set(now.get().plus(Duration.ofSeconds(61)));
        rig.login(rig.readerKey).close();
    }
}
