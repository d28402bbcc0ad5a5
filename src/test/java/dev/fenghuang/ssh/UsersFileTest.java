package dev.fenghuang.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import java.util.Set;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsersFileTest {
    private static String alice;
    private static String bob;
    private static KeyPair aliceKeys;

    @BeforeAll
    static void keys() throws Exception {
        aliceKeys = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        alice = PublicKeyEntry.toString(aliceKeys.getPublic());
        bob = PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256).getPublic());
    }

    private static UsersFile parse(String... lines) {
        return UsersFile.parse(List.of(lines), Set.of("qu", "demo")::contains);
    }

    @Test
    void aKeyCarriesItsSiteAccountAndRole() {
        UsersFile users = parse("site=qu,account=mod1,role=moderator " + alice + " alice@laptop");

        assertThat(users.problems()).isEmpty();
        SshUser user = users.owner(aliceKeys.getPublic()).orElseThrow();
        assertThat(user.site()).isEqualTo("qu");
        assertThat(user.account()).isEqualTo("mod1");
        assertThat(user.role()).isEqualTo(SshUser.Role.MODERATOR);
        assertThat(user.comment()).isEqualTo("alice@laptop");
        assertThat(user.fingerprint()).startsWith("SHA256:");
    }

    @Test
    void commentsBlankLinesAndTheDefaultAccountAndRoleAreAccepted() {
        UsersFile users = parse("# moderators of qu", "", "   ", "site=demo " + alice);

        assertThat(users.problems()).isEmpty();
        SshUser user = users.owner(aliceKeys.getPublic()).orElseThrow();
        assertThat(user.account()).isEqualTo("default");
        assertThat(user.role()).isEqualTo(SshUser.Role.READER);
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndSkipped() {
        UsersFile users = parse(
                "site=qu,account=r1 ssh-ed25519 notbase64!!",
                "site=elsewhere,account=x " + bob,
                "account=x " + bob,
                "site=qu,role=admin " + bob,
                "site=qu,account=../etc " + bob,
                "site=qu,colour=red " + bob,
                "site=qu,account=reader1 " + alice);

        assertThat(users.problems()).hasSize(6);
        assertThat(users.problems().get(0)).startsWith("line 1:");
        assertThat(users.problems().get(1)).startsWith("line 2:").contains("elsewhere");
        assertThat(users.problems().get(2)).startsWith("line 3:").contains("site");
        assertThat(users.problems().get(3)).startsWith("line 4:").contains("admin");
        assertThat(users.problems().get(4)).startsWith("line 5:");
        assertThat(users.problems().get(5)).startsWith("line 6:").contains("colour");
        assertThat(users.owner(aliceKeys.getPublic())).map(SshUser::account).contains("reader1");
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void aKeyNotInTheFileHasNoOwner() {
        assertThat(parse("site=qu " + bob).owner(aliceKeys.getPublic())).isEmpty();
    }

    @Test
    void aKeyListedTwiceKeepsItsFirstLineAndTheSecondIsReported() {
        UsersFile users = parse("site=qu,account=a " + alice, "site=qu,account=b " + alice);

        assertThat(users.owner(aliceKeys.getPublic())).map(SshUser::account).contains("a");
        assertThat(users.problems()).singleElement().asString().startsWith("line 2:");
    }
}
