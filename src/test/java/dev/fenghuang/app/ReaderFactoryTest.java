package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the factory tells the user about the state it opens. */
class ReaderFactoryTest {
    @TempDir
    Path home;

    @Test
    void aSkippedCookieLineIsToldToTheUserOnceNamingTheFileNotTheLine() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        AccountPaths paths = AccountPaths.of(dirs, profile, null);
        List<String> notices = new ArrayList<>();
        FileGuard guard = FileGuard.forThisUser(notices::add);
        paths.check(guard, dirs);
        Files.writeString(paths.cookies(), "fenghuang-cookies 1\nc2VjcmV0\tdG9rZW4xMjM\n"
                + "c2Vjb25k\tdG9rZW40NTY\tx\n");
        Files.setPosixFilePermissions(paths.cookies(), PosixFilePermissions.fromString("rw-------"));
        try (PortalSession session = new ReaderFactory(dirs, guard).openSession(profile, null, () -> { })) {
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0)).contains(paths.cookies().toString()).contains("lines 2, 3")
                    .doesNotContain("dG9rZW4xMjM").doesNotContain("dG9rZW40NTY").doesNotContain("c2VjcmV0");
        }
    }

    @Test
    void eachAccountKeepsItsOwnThreadVisits() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        ReaderFactory factory = new ReaderFactory(dirs, FileGuard.forThisUser(n -> { }));
        try (PortalSession reader = factory.openSession(profile, "reader1", () -> { })) {
            reader.visits().orElseThrow().visited(1, 64);
        }
        try (PortalSession admin = factory.openSession(profile, "admin", () -> { });
             PortalSession again = factory.openSession(profile, "reader1", () -> { })) {
            assertThat(admin.visits().orElseThrow().replies(1)).as("never opened by admin").isEmpty();
            assertThat(again.visits().orElseThrow().replies(1)).hasValue(64);
        }
        assertThat(AccountPaths.of(dirs, profile, "reader1").dir().resolve("forum-visits")).exists();
    }

    @Test
    void theDefaultAccountTakesOverTheVisitsOnceKeptForTheWholeSite() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        Path old = dirs.state().resolve("sites").resolve(profile.storageKey()).resolve("forum-visits");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "1 60\n");
        ReaderFactory factory = new ReaderFactory(dirs, FileGuard.forThisUser(n -> { }));
        try (PortalSession mine = factory.openSession(profile, null, () -> { });
             PortalSession admin = factory.openSession(profile, "admin", () -> { })) {
            assertThat(mine.visits().orElseThrow().replies(1)).hasValue(60);
            assertThat(admin.visits().orElseThrow().replies(1)).isEmpty();
            mine.visits().orElseThrow().visited(7, 2);
        }
        assertThat(Files.readAllLines(AccountPaths.of(dirs, profile, null).dir().resolve("forum-visits")))
                .containsExactly("1 60", "7 2");
    }

    @Test
    void aSiteWithAStoreKeepsSqlitesLibraryInAPrivateFolderOfTheCache() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        try (PortalSession session = new ReaderFactory(dirs, FileGuard.forThisUser(n -> { })).openSession(profile,
                null, () -> { })) {
            Path folder = dirs.cache().resolve("native").resolve(dev.fenghuang.store.SqliteLibrary.version());
            assertThat(folder).isDirectory();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }
}
