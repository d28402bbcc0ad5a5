package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;

/** Who did what over SSH: the moderation audit log names the SSH user and key; the connection log. */
class SshAuditTest extends ServedSshRigTest {
    private String fingerprint() {
        return KeyUtils.getFingerPrint(rig.moderatorKey.getPublic());
    }

    @Test
    void aDecisionOverSshNamesTheSshUserAndTheKeyInTheAuditLog() throws Exception {
        rig.signIn(rig.moderatorKey);
        SshRig.Ran queue = rig.exec(rig.moderatorKey, "mod queue --json --password-stdin", "admin123\n");
        long cid = JsonParser.parseString(queue.out()).getAsJsonObject().getAsJsonArray("entries").get(0)
                .getAsJsonObject().get("cid").getAsLong();

        SshRig.Ran delete = rig.exec(rig.moderatorKey, "mod delete " + cid + " --password-stdin", "admin123\n");

        assertThat(delete.status()).as(delete.err()).isZero();
        List<String> lines = Files.readAllLines(rig.main.dirs().state().resolve("moderation-audit.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            assertThat(o.get("sshUser").getAsString()).isEqualTo("mod1");
            assertThat(o.get("sshKey").getAsString()).isEqualTo(fingerprint());
            assertThat(o.get("moderator").getAsString()).isEqualTo("admin");
        });
    }

    @Test
    void eachConnectionIsLoggedWithWhoFromWhereWhenHowLongAndHowItEnded() throws Exception {
        rig.exec(rig.moderatorKey, "read 1", "");
        rig.exec(rig.moderatorKey, "sh", "");
        try (var stranger = rig.client.connect("fenghuang", "127.0.0.1", rig.server.port()).verify(SshRig.WAIT)
                .getSession()) {
            stranger.addPublicKeyIdentity(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256));
            assertThatThrownBy(() -> stranger.auth().verify(SshRig.WAIT))
                    .isInstanceOf(org.apache.sshd.common.SshException.class);
        }

        Path log = rig.main.dirs().state().resolve("ssh").resolve("connections.jsonl");
        List<JsonObject> lines = awaitLines(log, 3);
        assertThat(Files.getPosixFilePermissions(log)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        JsonObject read = ended(lines, "exit 0: read");
        assertThat(read.get("account").getAsString()).isEqualTo("mod1");
        assertThat(read.get("site").getAsString()).isEqualTo("qu");
        assertThat(read.get("key").getAsString()).isEqualTo(fingerprint());
        assertThat(read.get("from").getAsString()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(read.get("start").getAsString()).isNotBlank();
        assertThat(read.get("seconds").getAsDouble()).isGreaterThanOrEqualTo(0);
        assertThat(ended(lines, "exit 127: sh").get("account").getAsString()).isEqualTo("mod1");
        assertThat(ended(lines, "not logged in").get("account").isJsonNull()).isTrue();
        String all = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(all).doesNotContain("admin123", "AAAA");
    }

    private static JsonObject ended(List<JsonObject> lines, String how) {
        return lines.stream().filter(o -> o.get("ended").getAsString().equals(how)).findFirst()
                .orElseThrow(() -> new AssertionError("no connection ended with " + how + ": " + lines));
    }

    private static List<JsonObject> awaitLines(Path log, int count) throws Exception {
        long end = System.nanoTime() + SshRig.WAIT.toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < end) {
            lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            if (lines.size() >= count) {
                break;
            }
            Thread.sleep(50);
        }
        return lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }
}
