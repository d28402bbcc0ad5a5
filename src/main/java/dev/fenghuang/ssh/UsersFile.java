package dev.fenghuang.ssh;

import dev.fenghuang.app.AccountPaths;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The keys that may log in, in OpenSSH's authorized_keys format with Fenghuang's options before the key type:
 * {@code site=qu,account=mod1,role=moderator ssh-ed25519 AAAA… alice@laptop}. {@code site} is required, {@code
 * account} defaults to {@code default} and {@code role} to {@code reader}. Blank lines and lines starting with
 * {@code #} are skipped. A line that cannot be read (a damaged key, an unknown option or role, a site that has no
 * profile, a key listed before) is skipped and told in {@link #problems()} with its line number; the other lines
 * still count.
 */
final class UsersFile {
    private static final Set<String> OPTIONS = Set.of("site", "account", "role");

    private final List<SshUser> users;
    private final List<String> problems;

    private UsersFile(List<SshUser> users, List<String> problems) {
        this.users = List.copyOf(users);
        this.problems = List.copyOf(problems);
    }

    /** No key at all: what a missing users file means. */
    static UsersFile empty() {
        return new UsersFile(List.of(), List.of());
    }

    /**
     * Reads the lines of a users file; pure.
     *
     * @param knownSite whether a site name has a profile (or is the demo portal)
     */
    static UsersFile parse(List<String> lines, Predicate<String> knownSite) {
        List<SshUser> users = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                SshUser user = user(line, knownSite);
                if (users.stream().anyMatch(u -> KeyUtils.compareKeys(u.key(), user.key()))) {
                    throw new IllegalArgumentException("the key " + user.fingerprint() + " is listed on an earlier line");
                }
                users.add(user);
            } catch (IllegalArgumentException | java.io.IOException | java.security.GeneralSecurityException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new UsersFile(users, problems);
    }

    private static SshUser user(String line, Predicate<String> knownSite)
            throws java.io.IOException, java.security.GeneralSecurityException {
        AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
        if (entry == null) {
            throw new IllegalArgumentException("no key");
        }
        Map<String, String> options = entry.getLoginOptions();
        for (String name : options.keySet()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + name + "' (site, account and role are known)");
            }
        }
        String site = options.get("site");
        if (site == null || site.isBlank()) {
            throw new IllegalArgumentException("no site= option");
        }
        if (!knownSite.test(site)) {
            throw new IllegalArgumentException("no site profile '" + site + "'");
        }
        String account = options.getOrDefault("account", AccountPaths.DEFAULT_ACCOUNT);
        if (!account.matches("[\\w.-]{1,64}") || account.startsWith(".")) {
            throw new IllegalArgumentException("account '" + account + "' is not a plain name");
        }
        SshUser.Role role = SshUser.Role.named(options.getOrDefault("role", "reader"));
        if (role == null) {
            throw new IllegalArgumentException("role '" + options.get("role") + "' is neither reader nor moderator");
        }
        PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        String comment = entry.getComment() == null ? "" : entry.getComment().strip();
        return new SshUser(key, site, account, role, comment, KeyUtils.getFingerPrint(key));
    }

    /** Whose key this is, if the file lists it. */
    Optional<SshUser> owner(PublicKey key) {
        return users.stream().filter(u -> KeyUtils.compareKeys(u.key(), key)).findFirst();
    }

    /** The lines skipped, each as {@code line N: what is wrong}. */
    List<String> problems() {
        return problems;
    }

    /** How many keys may log in. */
    int size() {
        return users.size();
    }
}
