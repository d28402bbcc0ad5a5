package dev.fenghuang.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T18:00:00Z"));
    private final InstantSource clock = now::get;

    private static SshUser user(String account) throws Exception {
        KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        return new SshUser(key.getPublic(), "qu", account, SshUser.Role.READER, "",
                KeyUtils.getFingerPrint(key.getPublic()));
    }

    /** A command that says how it was ended. */
    private final class Command implements Sessions.Live {
        final SshUser user;
        final boolean idles;
        final List<Sessions.Ending> endings = new ArrayList<>();
        Instant input = now.get();

        Command(SshUser user, boolean idles) {
            this.user = user;
            this.idles = idles;
        }

        @Override
        public SshUser user() {
            return user;
        }

        @Override
        public java.util.Optional<Instant> lastInput() {
            return idles ? java.util.Optional.of(input) : java.util.Optional.empty();
        }

        @Override
        public void end(Sessions.Ending why) {
            endings.add(why);
        }
    }

    private static SshLimits limits(int inAll, int perKey, Duration idle) {
        return new SshLimits(inAll, perKey, idle, 6, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    @Test
    void aKeyIsRefusedPastItsMostAndTheServicePastItsMost() throws Exception {
        SshUser alice = user("alice");
        SshUser bob = user("bob");
        Sessions sessions = new Sessions(limits(3, 2, Duration.ofMinutes(30)), clock);
        Command first = new Command(alice, true);

        assertThat(sessions.admit(first)).isEmpty();
        assertThat(sessions.admit(new Command(alice, false))).isEmpty();
        assertThat(sessions.admit(new Command(alice, false))).contains(new Sessions.Refusal("ssh.tooManyForKey", 2));
        assertThat(sessions.admit(new Command(bob, false))).isEmpty();
        assertThat(sessions.admit(new Command(bob, false))).contains(new Sessions.Refusal("ssh.tooMany", 3));

        sessions.leave(first);
        assertThat(sessions.admit(new Command(bob, false))).isEmpty();
        assertThat(sessions.count()).isEqualTo(3);
    }

    @Test
    void onlyACommandWithNoInputForTheIdleTimeIsEnded() throws Exception {
        Sessions sessions = new Sessions(limits(64, 4, Duration.ofMinutes(30)), clock);
        Command quiet = new Command(user("a"), true);
        Command typing = new Command(user("b"), true);
        Command exec = new Command(user("c"), false);
        sessions.admit(quiet);
        sessions.admit(typing);
        sessions.admit(exec);

        now.set(now.get().plus(Duration.ofMinutes(29)));
        typing.input = now.get();
        sessions.sweep();
        assertThat(quiet.endings).isEmpty();

        now.set(now.get().plus(Duration.ofMinutes(2)));
        sessions.sweep();
        assertThat(quiet.endings).containsExactly(Sessions.Ending.IDLE);
        assertThat(typing.endings).isEmpty();
        assertThat(exec.endings).isEmpty();
        sessions.sweep();
        assertThat(quiet.endings).as("told once").hasSize(1);
    }

    @Test
    void stoppingEndsEveryCommand() throws Exception {
        Sessions sessions = new Sessions(limits(64, 4, Duration.ofMinutes(30)), clock);
        Command shell = new Command(user("a"), true);
        Command exec = new Command(user("b"), false);
        sessions.admit(shell);
        sessions.admit(exec);

        sessions.stopAll();

        assertThat(shell.endings).containsExactly(Sessions.Ending.STOPPING);
        assertThat(exec.endings).containsExactly(Sessions.Ending.STOPPING);
        assertThat(sessions.admit(new Command(user("c"), false))).contains(new Sessions.Refusal("ssh.stopping", 0));
    }
}
