package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cli.Launcher;
import dev.fenghuang.ssh.SshService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys with {@code site=demo} share one demo portal the service starts in its own process when first needed. */
class SshDemoSiteTest {
    @TempDir
    Path home;

    private SshRig rig;

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void demoKeysShareOneDemoPortalStartedOnFirstUse() throws Exception {
        rig = new SshRig(home);
        KeyPair alice = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        KeyPair bob = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(rig.users, "site=demo,account=alice " + PublicKeyEntry.toString(alice.getPublic()) + "\n"
                + "site=demo,account=bob,role=moderator " + PublicKeyEntry.toString(bob.getPublic()) + "\n");
        List<String> notices = new CopyOnWriteArrayList<>();
        rig.server = SshService.start(new Launcher.SshSetup("127.0.0.1", 0, rig.users), rig.main, notices::add);
        assertThat(notices).noneMatch(n -> n.contains("demo portal"));

        SshRig.Ran first = rig.exec(alice, "read 1", "");
        SshRig.Ran second = rig.exec(bob, "read 1", "");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(first.out()).contains("巾帼脱贫行动");
        assertThat(notices).filteredOn(n -> n.contains("demo portal")).hasSize(1);
    }
}
