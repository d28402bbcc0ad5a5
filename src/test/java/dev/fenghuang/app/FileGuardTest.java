package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileGuardTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private int me() throws Exception {
        return (Integer) Files.getAttribute(dir, "unix:uid");
    }

    @Test
    void makesMissingDirectoriesPrivateAndSaysNothing() throws Exception {
        new FileGuard(me(), notices::add).directory(dir.resolve("state"), dir.resolve("state/sites/a/drafts"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state/sites/a/drafts"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state/sites"))))
                .isEqualTo("rwx------");
        assertThat(notices).isEmpty();
    }

    @Test
    void closesAnOpenDirectoryAndFileOfOursSayingSo() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = Files.writeString(state.resolve("cookies"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        FileGuard guard = new FileGuard(me(), notices::add);
        guard.directory(state, state);
        guard.file(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(notices).hasSize(2).anyMatch(n -> n.startsWith(state + " ") && n.endsWith("700"))
                .anyMatch(n -> n.startsWith(file + " ") && n.endsWith("600"));
    }

    @Test
    void refusesWhatBelongsToAnotherUserNamingIt() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        FileGuard someoneElse = new FileGuard(me() + 4242, notices::add);
        assertThatThrownBy(() -> someoneElse.directory(state, state)).isInstanceOf(FileGuard.UnsafeStateFile.class)
                .hasMessageContaining(state.toString()).hasMessageContaining("another user");
        Path file = Files.writeString(dir.resolve("cookies"), "");
        assertThatThrownBy(() -> someoneElse.file(file)).hasMessageContaining(file.toString());
    }

    @Test
    void refusesASymbolicLinkAnywhereOnTheWayNamingIt() throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(state.resolve("sites"), real);
        FileGuard guard = new FileGuard(me(), notices::add);
        assertThatThrownBy(() -> guard.directory(state, state.resolve("sites/a/drafts")))
                .isInstanceOf(FileGuard.UnsafeStateFile.class).hasMessageContaining(link.toString());
        assertThat(real.resolve("a")).doesNotExist();
        Path fileLink = Files.createSymbolicLink(state.resolve("cookies"), Files.writeString(dir.resolve("x"), ""));
        assertThatThrownBy(() -> guard.file(fileLink)).hasMessageContaining(fileLink.toString());
    }
}
