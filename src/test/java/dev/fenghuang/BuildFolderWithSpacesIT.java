package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in a folder whose path holds spaces: its archives are recorded there (the build's record-cds.sh) and the
 * launcher maps them ({@code -Xshare:on} stops the JVM when it cannot). Both once split such a path into words.
 */
class BuildFolderWithSpacesIT {
    @TempDir
    Path home;

    @Test
    void theArchivesAreRecordedAndMappedThere() throws Exception {
        String jar = BuiltProgram.jar().toString();
        Path target = Path.of(jar).toAbsolutePath().getParent();
        Path folder = Files.createDirectories(home.resolve("my builds/fenghuang 1.0"));
        Files.copy(target.resolve("fenghuang.jar"), folder.resolve("fenghuang.jar"));
        Files.copy(target.resolve("fenghuang"), folder.resolve("fenghuang"));
        if (Files.isDirectory(target.resolve("runtime"))) {
            Files.createSymbolicLink(folder.resolve("runtime"), target.resolve("runtime"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        String recorded = BuiltProgram.run(List.of("sh", Path.of("src/main/sh/record-cds.sh").toAbsolutePath()
                .toString(), java, folder.toString()), home, Map.of());
        String read = BuiltProgram.run(List.of(folder.resolve("fenghuang").toString(), "--demo", "read", "1"), home,
                Map.of("FENGHUANG_JVM_OPTIONS", "-Xshare:on"));

        assertThat(recorded).contains("class-data archive: " + folder.resolve("fenghuang.jsa"));
        assertThat(folder.resolve("fenghuang-reader.jsa")).isNotEmptyFile();
        assertThat(read).contains("巾帼脱贫行动");
    }
}
