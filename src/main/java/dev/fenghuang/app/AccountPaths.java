package dev.fenghuang.app;

import java.nio.file.Path;

/**
 * Where one account on one site keeps its state: the cookie jar (its session) and its drafts, under
 * {@code $XDG_STATE_HOME/fenghuang/sites/SITE/accounts/ACCOUNT/}. Several accounts per site live side by side.
 */
public record AccountPaths(Path dir) {
    public static final String DEFAULT_ACCOUNT = "default";

    public static AccountPaths of(XdgDirs dirs, SiteProfile profile, String account) {
        String name = account == null || account.isBlank() ? DEFAULT_ACCOUNT : account.strip();
        if (!name.matches("[\\w.@-]{1,64}") || name.startsWith(".")) {
            throw new IllegalArgumentException("account names take letters, digits and . _ - @ (not " + name + ")");
        }
        return new AccountPaths(dirs.state().resolve("sites").resolve(profile.storageKey()).resolve("accounts")
                .resolve(name));
    }

    /**
     * Checks the account's state as found before it is used: the state directory, the site's and the account's
     * directories and its drafts' (made 0700 if missing, closed to 0700 if looser), and the cookie file (0600).
     *
     * @throws FileGuard.UnsafeStateFile when one is a symbolic link or another user's
     */
    public void check(FileGuard guard, XdgDirs dirs) throws java.io.IOException {
        guard.directory(dirs.state(), drafts());
        guard.file(cookies());
    }

    public Path cookies() {
        return dir.resolve("cookies");
    }

    /** The name of the member the account signed in as (not a secret: whose pages the store shows). */
    public Path member() {
        return dir.resolve("member");
    }

    public Path drafts() {
        return dir.resolve("drafts");
    }
}
