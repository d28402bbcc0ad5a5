package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve-ssh} in a process of its own, stopped with SIGTERM while a reader is writing a comment. */
class ServeSshStopTest {
    @TempDir
    Path home;

    private SshRig rig;
    private Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
        rig.close();
    }

    /** Starts {@code fenghuang serve-ssh --port 0} in a child JVM on this test's class path; its port. */
    private int serveInAChildProcess() throws Exception {
        ChildServer child = ChildServer.start(rig, home.resolve("child-cache"));
        server = child.process();
        return child.port();
    }

    @Test
    void sigtermTellsTheConnectedReaderKeepsTheDraftAndExitsZero() throws Exception {
        rig = new SshRig(home);
        int port = serveInAChildProcess();
        rig.server = null;
        SshRig.Listening at = new SshRig.Listening(port);
        rig.signIn(rig.readerKey, at);
        String text = "停服之前的草稿";
        try (SshRig.Shell shell = rig.shell(rig.readerKey, at)) {
            shell.await("党政风采");
            SshRig.settled(shell, 0);
            int before = shell.screen().size();
            shell.type("\r");
            SshRig.settled(shell, before);
            before = shell.screen().size();
            shell.type("\r");
            SshRig.settled(shell, before);
            before = shell.screen().size();
            shell.type("C");
            SshRig.settled(shell, before);
            shell.type(text);
            SshRig.settled(shell, shell.screen().size());
            int typed = shell.screen().size();

            server.destroy(); // SIGTERM

            assertThat(shell.await(typed, "The service is stopping")).contains("The service is stopping", "draft");
            assertThat(shell.channel().waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshRig.WAIT))
                    .contains(ClientChannelEvent.CLOSED);
        }
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        try (Stream<Path> files = Files.walk(rig.main.dirs().state())) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.toString().contains("draft")).anyMatch(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains(text);
                } catch (java.io.IOException e) {
                    return false;
                }
            })).as("the draft is kept").isTrue();
        }
    }
}
