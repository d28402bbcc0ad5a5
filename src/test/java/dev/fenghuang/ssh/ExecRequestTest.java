package dev.fenghuang.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecRequestTest {
    private static final Set<String> COMMANDS = Set.of("read", "mod", "help", "demo-portal", "serve-ssh", "tui");

    private static ExecRequest.Refusal refused(SshUser.Role role, String... words) {
        return ExecRequest.check(List.of(words), COMMANDS, role).orElseThrow();
    }

    @Test
    void fenghuangsCommandsRun() {
        assertThat(ExecRequest.check(List.of("read", "1"), COMMANDS, SshUser.Role.READER)).isEmpty();
        assertThat(ExecRequest.check(List.of("mod", "queue", "--json"), COMMANDS, SshUser.Role.MODERATOR)).isEmpty();
        assertThat(ExecRequest.check(List.of("--help"), COMMANDS, SshUser.Role.READER)).isEmpty();
    }

    @Test
    void anythingElseIsNotACommandAsAShellWouldSay() {
        assertThat(refused(SshUser.Role.MODERATOR, "sh", "-c", "id").status()).isEqualTo(127);
        assertThat(refused(SshUser.Role.MODERATOR, "ls").message()).isEqualTo(
                "fenghuang: ls: not a Fenghuang command (no shell here; try: help)");
        assertThat(refused(SshUser.Role.MODERATOR, "\u001b]0;x\u0007cat").message()).doesNotContain("\u001b");
    }

    @Test
    void noCommandAtAllIsRefused() {
        assertThat(refused(SshUser.Role.READER).status()).isEqualTo(2);
    }

    @Test
    void theKeysSiteAndAccountCannotBeChanged() {
        assertThat(refused(SshUser.Role.MODERATOR, "--site", "http://elsewhere/", "read", "1").status()).isEqualTo(2);
        assertThat(refused(SshUser.Role.MODERATOR, "read", "--account=admin", "1").message()).contains("--account");
        assertThat(refused(SshUser.Role.MODERATOR, "--demo", "read", "1").status()).isEqualTo(2);
    }

    @Test
    void commandsThatServeOrTouchTheServerAreNotOffered() {
        assertThat(refused(SshUser.Role.MODERATOR, "demo-portal", "--port", "80").message())
                .isEqualTo("fenghuang: demo-portal: not offered over SSH");
        assertThat(refused(SshUser.Role.MODERATOR, "serve-ssh").status()).isEqualTo(2);
        assertThat(refused(SshUser.Role.MODERATOR, "tui").status()).isEqualTo(2);
    }

    @Test
    void aReadersKeyDoesNotModerate() {
        assertThat(refused(SshUser.Role.READER, "mod", "queue").message()).contains("reader");
    }
}
