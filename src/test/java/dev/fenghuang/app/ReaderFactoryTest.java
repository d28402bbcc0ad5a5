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
}
