package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;

/** An account with no site session over SSH: asked for the password on the channel, or told how to sign in. */
class SshSignInTest extends ServedSshRigTest {
    @Test
    void anExecThatNeedsASessionAndHasNoneSaysHowToSignInOverSsh() throws Exception {
        SshRig.Ran queue = rig.exec(rig.moderatorKey, "mod queue --json", "");

        assertThat(queue.status()).as(queue.err()).isEqualTo(4);
        assertThat(queue.err()).contains("ssh -t", "login --username", "--password-stdin");
    }

    @Test
    void loginOverAnExecWithATerminalAsksForThePasswordOnTheChannelAndKeepsOnlyTheSession() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClientSession session = rig.login(rig.readerKey);
             ChannelExec login = session.createExecChannel("login --username admin")) {
            PipedOutputStream keys = SshRig.terminal(login, out);
            login.open().verify(SshRig.WAIT);
            assertThat(SshRig.await(out, 0, "Password: ")).contains("Password: ");
            keys.write("admin123\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            login.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshRig.WAIT);

            assertThat(login.getExitStatus()).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Signed in as admin").doesNotContain("admin123");
        assertThat(rig.exec(rig.readerKey, "whoami", "").out()).contains("admin");
        assertSessionKeptWithoutThePassword();
    }

    @Test
    void aShellWithoutASessionAsksToSignInOnTheChannelFirst() throws Exception {
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            assertThat(shell.await("Password")).contains("Sign in", "User", "Password");
            int asked = shell.screen().size();
            shell.type("admin\r");
            shell.type("admin123\r");

            String after = shell.await(asked, "Signed in as admin");
            assertThat(after).contains("Signed in as admin").doesNotContain("admin123");
            shell.type("q");
            shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshRig.WAIT);
        }
        assertThat(rig.exec(rig.readerKey, "whoami", "").out()).contains("admin");
        assertSessionKeptWithoutThePassword();
    }

    @Test
    void aShellWhoseAccountIsSignedInIsNotAskedAgain() throws Exception {
        rig.signIn(rig.readerKey);
        try (SshRig.Shell shell = rig.shell(rig.readerKey)) {
            assertThat(shell.await("党政风采")).contains("党政风采").doesNotContain("Stay signed in");
        }
    }

    private void assertSessionKeptWithoutThePassword() throws Exception {
        try (Stream<Path> files = Files.walk(rig.main.dirs().state())) {
            Path jar = files.filter(p -> p.getFileName().toString().equals("cookies")
                    && p.toString().contains("reader1")).findFirst().orElseThrow();
            assertThat(Files.getPosixFilePermissions(jar)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(jar, StandardCharsets.ISO_8859_1)).doesNotContain("admin123").isNotBlank();
        }
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("admin123");
                } catch (java.io.IOException e) {
                    return false;
                }
            })).isEmpty();
        }
    }
}
