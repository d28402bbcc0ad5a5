package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fenghuang.app.AccountPaths;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.Problem;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State found on disk is checked before it is used: a state directory or cookie file others may read is closed, a
 * symbolic link or another user's directory is refused with a message naming the path.
 */
class StateFilesTest {
    private static final String SITE = "http://127.0.0.1:9/";

    @TempDir
    Path home;

    private XdgDirs dirs() {
        return XdgDirs.from(Map.of(), home.toString());
    }

    private void open() throws Exception {
        try (PortalSession session = new Main(dirs()).session(SITE, false, null)) {
            assertThat(session.participation().drafts().list(1)).isEmpty();
        }
    }

    /** The default account's directory with its drafts' directory, made as a first session makes them. */
    private Path accountDir() throws Exception {
        XdgDirs dirs = dirs();
        AccountPaths paths = AccountPaths.of(dirs, SiteProfile.resolve(SITE, Settings.load(dirs), dirs), null);
        Files.createDirectories(paths.drafts(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        return paths.dir();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aStateDirectoryAndCookieFileOthersCanReadAreClosed() throws Exception {
        Path account = accountDir();
        Files.setPosixFilePermissions(dirs().state(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(account, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(account.resolve("cookies"), "fenghuang-cookies 1\n");
        Files.setPosixFilePermissions(account.resolve("cookies"), PosixFilePermissions.fromString("rw-r--r--"));
        open();
        assertThat(mode(dirs().state())).isEqualTo("rwx------");
        assertThat(mode(account)).isEqualTo("rwx------");
        assertThat(mode(account.resolve("cookies"))).isEqualTo("rw-------");
    }

    @Test
    void aSymlinkedAccountDirectoryIsRefusedNamingIt() throws Exception {
        Path account = accountDir();
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        try (Stream<Path> files = Files.walk(account)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createSymbolicLink(account, elsewhere);
        assertThatThrownBy(this::open).satisfies(e ->
                assertThat(Problem.of(e).message()).contains(account.toString()).contains("symbolic link"));
        assertThat(elsewhere.resolve("drafts")).doesNotExist();
    }

    @Test
    void aSiteDirectoryOfAnotherUserIsRefusedNamingIt() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a directory away");
        Path site = accountDir().getParent().getParent();
        Files.setAttribute(site, "unix:uid", 65534);
        assertThatThrownBy(this::open).satisfies(e ->
                assertThat(Problem.of(e).message()).contains(site.toString()).contains("another user"));
    }

    @Test
    void aSymlinkedAuditLogIsNeitherWrittenNorRead() throws Exception {
        Path target = Files.writeString(home.resolve("not-the-log"), "");
        Files.createDirectories(dirs().state());
        Path log = dirs().state().resolve("moderation-audit.jsonl");
        Files.createSymbolicLink(log, target);
        AuditLog audit = AuditLog.in(dirs());
        AuditLog.Entry entry = new AuditLog.Entry(AuditLog.Entry.now(), "mod", SITE, 1, 1, "delete", "x", "applied", "");
        assertThatThrownBy(() -> audit.append(List.of(entry))).hasMessageContaining(log.toString());
        assertThatThrownBy(audit::read).hasMessageContaining(log.toString());
        assertThat(Files.readString(target)).isEmpty();
    }

    @Test
    void aSymlinkedDraftIsNotRead() throws Exception {
        Path drafts = accountDir().resolve("drafts");
        Path secret = Files.writeString(home.resolve("secret.txt"), "不是草稿");
        Files.createSymbolicLink(drafts.resolve("article-1.txt"), secret);
        try (PortalSession session = new Main(dirs()).session(SITE, false, null)) {
            assertThatThrownBy(() -> session.participation().drafts().list(1))
                    .hasMessageContaining(drafts.resolve("article-1.txt").toString());
        }
    }
}
