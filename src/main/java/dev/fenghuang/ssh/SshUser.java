package dev.fenghuang.ssh;

import java.security.PublicKey;

/**
 * Who a key in the users file is: the Fenghuang profile it opens (a site, an account on it) and its role.
 *
 * @param key the public key the client proves it holds
 * @param site the name of a site profile in the config directory's {@code sites/}, or {@code demo}
 * @param account the account on that site whose session, cookies and drafts the key uses
 * @param role what the key lands on and may run
 * @param comment the key line's comment (often user@host), "" without one
 * @param fingerprint the key's SHA-256 fingerprint as OpenSSH prints it ({@code SHA256:…})
 */
public record SshUser(PublicKey key, String site, String account, Role role, String comment, String fingerprint) {

    /** What a key may do: read, or also moderate. */
    public enum Role {
        /** Lands on the sections; {@code mod} is refused. */
        READER,
        /** Lands on the moderation queue. */
        MODERATOR;

        /** The role as the users file names it, or null for any other word. */
        static Role named(String word) {
            return switch (word) {
                case "reader" -> READER;
                case "moderator" -> MODERATOR;
                default -> null;
            };
        }
    }

    /** Who the key is, for logs and messages: the account, the site and the fingerprint, never the key itself. */
    public String who() {
        return account + "@" + site + " (" + fingerprint + ")";
    }
}
