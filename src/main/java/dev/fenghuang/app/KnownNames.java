package dev.fenghuang.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The names a user can give {@code --site} and {@code --account}, as the shell's completion offers them: the site
 * profiles in the config directory and the accounts that keep a session or drafts in the state directory. Only
 * names are read, never a file's content; names that are not valid as such are left out.
 */
public final class KnownNames {
    private static final String NAME = "[\\w.@-]{1,64}";

    private KnownNames() {
    }

    /** {@code NAME} of every {@code sites/NAME.properties} in the config directory, sorted. */
    public static List<String> siteProfiles(XdgDirs dirs) {
        TreeSet<String> names = new TreeSet<>();
        for (Path p : entries(dirs.config().resolve("sites"))) {
            String file = p.getFileName().toString();
            if (file.endsWith(".properties") && Files.isRegularFile(p)) {
                String name = file.substring(0, file.length() - ".properties".length());
                if (name.matches("[\\w.-]+") && !name.startsWith(".")) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Every account folder under any site in the state directory ({@code sites/SITE/accounts/NAME}), sorted. */
    public static List<String> accounts(XdgDirs dirs) {
        TreeSet<String> names = new TreeSet<>();
        for (Path site : entries(dirs.state().resolve("sites"))) {
            for (Path account : entries(site.resolve("accounts"))) {
                String name = account.getFileName().toString();
                if (name.matches(NAME) && !name.startsWith(".")
                        && Files.isDirectory(account, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<Path> entries(Path dir) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(found::add);
        } catch (IOException | SecurityException unreadable) {
            // completion offers what it can read; nothing here is worth an error at the prompt
        }
        return found;
    }
}
