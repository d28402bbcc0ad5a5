package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.store.PageViewers;
import dev.fenghuang.http.CookieFile;
import dev.fenghuang.http.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void theStoreStartsOpeningBeforeTheHttpClientIsBuilt() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        Path storeFile = dirs.cache().resolve("sites").resolve(profile.storageKey()).resolve(ReaderFactory.STORE_FILE);
        AtomicBoolean openingBeforeClient = new AtomicBoolean();
        ReaderFactory factory = new ReaderFactory(dirs, FileGuard.forThisUser(n -> { }), (settings, cookies) -> {
            // the opening runs on its own thread: its file appears while this builder waits, if it has started
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(storeFile) && System.nanoTime() < until) {
                sleepBriefly();
            }
            openingBeforeClient.set(Files.exists(storeFile));
            return new WebClient(settings, cookies);
        });
        try (PortalSession session = factory.openSession(profile, null, () -> { })) {
            assertThat(openingBeforeClient).as("the store's file was made before the client was built").isTrue();
        }
    }

    @Test
    void theViewerComesFromTheCookieFileAsTheClientWouldSeeIt() throws Exception {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        SiteProfile profile = SiteProfile.from("x", "http://127.0.0.1:9/", Settings.load(dirs));
        AccountPaths paths = AccountPaths.of(dirs, profile, null);
        FileGuard guard = FileGuard.forThisUser(n -> { });
        paths.check(guard, dirs);
        ReaderFactory factory = new ReaderFactory(dirs, guard);
        long future = Instant.now().plusSeconds(3600).getEpochSecond();
        long past = Instant.now().minusSeconds(3600).getEpochSecond();

        assertThat(factory.pageViewer(paths, CookieFile.open(paths.cookies()))).as("no cookies")
                .isEqualTo(PageViewers.GUEST);

        writeCookie(paths.cookies(), "abcd_saltkey", "x1", future);
        assertThat(factory.pageViewer(paths, CookieFile.open(paths.cookies()))).as("guest cookies only")
                .isEqualTo(PageViewers.GUEST);

        writeCookie(paths.cookies(), "abcd_auth", "token", past);
        CookieFile expired = CookieFile.open(paths.cookies());
        assertThat(factory.pageViewer(paths, expired)).as("an expired sign-in").isEqualTo(PageViewers.GUEST);
        try (WebClient client = new WebClient(profile.http(), expired)) {
            assertThat(client.cookieEndingWith("_auth")).as("what the client sees").isEmpty();
        }

        writeCookie(paths.cookies(), "abcd_auth", "token", future);
        new PrivateFiles(paths.dir(), guard).replace(paths.member(), "alice");
        CookieFile signedIn = CookieFile.open(paths.cookies());
        assertThat(factory.pageViewer(paths, signedIn)).as("signed in").isEqualTo(PageViewers.member("alice"));
        try (WebClient client = new WebClient(profile.http(), signedIn)) {
            assertThat(client.cookieEndingWith("_auth")).as("what the client sees").hasValue("token");
        }

        Files.delete(paths.member());
        assertThat(factory.pageViewer(paths, CookieFile.open(paths.cookies()))).as("signed in before names were kept")
                .isEqualTo(PageViewers.member("account " + paths.dir().getFileName()));
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeCookie(Path file, String name, String value, long expiresAt) throws IOException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Files.writeString(file, "fenghuang-cookies 1\n" + String.join("\t",
                b64.encodeToString(name.getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(value.getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString("127.0.0.1".getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString("/".getBytes(StandardCharsets.UTF_8)), Long.toString(expiresAt), "-", "-") + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
