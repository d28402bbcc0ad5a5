package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {
    private static final String RESOURCE = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
            + LibraryLoaderUtil.getNativeLibName();

    @TempDir
    Path cache;

    private Path folder() {
        return cache.resolve("native").resolve(SqliteLibrary.version());
    }

    private static byte[] jarCopy() throws IOException {
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFirstStartWritesTheLibraryIntoAPrivateFolderAndTheNextOnesUseIt() throws Exception {
        SqliteLibrary.Installed first = SqliteLibrary.install(folder(), RESOURCE).orElseThrow();
        assertThat(first.written()).isTrue();
        assertThat(first.file().getParent()).isEqualTo(folder());
        assertThat(Files.readAllBytes(first.file())).isEqualTo(jarCopy());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder()))).isEqualTo("rwx------");
        Object inode = Files.readAttributes(first.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        SqliteLibrary.Installed second = SqliteLibrary.install(folder(), RESOURCE).orElseThrow();
        assertThat(second.written()).isFalse();
        assertThat(second.file()).isEqualTo(first.file());
        assertThat(Files.readAttributes(second.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        try (var left = Files.list(folder())) {
            assertThat(left).containsExactly(first.file()); // no partial copy left behind
        }
    }

    /**
     * Every start checks the copy against the jar's entry, on the store's way to opening: read whole, the ~1 MB
     * library was as much garbage each time, a young collection stopping every thread before the first frame.
     */
    @Test
    void checkingACopyInPlaceMakesLittleGarbage() throws Exception {
        SqliteLibrary.install(folder(), RESOURCE).orElseThrow();
        SqliteLibrary.install(folder(), RESOURCE).orElseThrow(); // classes loaded
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        SqliteLibrary.Installed again = SqliteLibrary.install(folder(), RESOURCE).orElseThrow();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(again.written()).isFalse();
        assertThat(Files.size(again.file())).isGreaterThan(500_000); // else reading it whole would be cheap too
        assertThat(allocated).isLessThan(200_000);
    }

    @Test
    void aChangedByteOfTheSameSizeIsFoundAndTheLibraryWrittenAgain() throws Exception {
        Path file = SqliteLibrary.install(folder(), RESOURCE).orElseThrow().file();
        byte[] tampered = jarCopy();
        tampered[tampered.length / 2] ^= 0x5a;
        Files.write(file, tampered);

        SqliteLibrary.Installed again = SqliteLibrary.install(folder(), RESOURCE).orElseThrow();
        assertThat(again.written()).isTrue();
        assertThat(Files.readAllBytes(again.file())).isEqualTo(jarCopy());
    }

    @Test
    void aCutShortCopyOrALinkInItsPlaceIsReplaced() throws Exception {
        Path file = SqliteLibrary.install(folder(), RESOURCE).orElseThrow().file();
        Files.write(file, "ELF".getBytes(StandardCharsets.US_ASCII));
        assertThat(SqliteLibrary.install(folder(), RESOURCE).orElseThrow().written()).isTrue();

        Path elsewhere = Files.write(cache.resolve("elsewhere.so"), jarCopy());
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere);
        assertThat(SqliteLibrary.install(folder(), RESOURCE).orElseThrow().written()).isTrue();
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(jarCopy());
    }

    @Test
    void aLooseFolderIsMadePrivateAndAFileInItsPlaceRefused() throws Exception {
        Files.createDirectories(folder(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        SqliteLibrary.install(folder(), RESOURCE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder()))).isEqualTo("rwx------");

        Path notAFolder = cache.resolve("native").resolve("file");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> SqliteLibrary.install(notAFolder, RESOURCE)).isInstanceOf(IOException.class);
    }

    @Test
    void noSuchLibraryInTheJarLeavesSqliteJdbcToItself() throws Exception {
        assertThat(SqliteLibrary.install(folder(), "/org/sqlite/native/Plan9/mips/libsqlitejdbc.so")).isEmpty();
    }

    /** sqlite-jdbc's search for the platform's library (it starts uname) runs once; later starts read the note. */
    @Test
    void theLibraryIsSearchedForOnceThenTakenFromTheNote() throws Exception {
        List<String> searches = new ArrayList<>();
        Supplier<String> search = () -> {
            searches.add(RESOURCE);
            return RESOURCE;
        };
        assertThat(SqliteLibrary.resourceFor(folder(), search)).isEqualTo(RESOURCE);
        assertThat(SqliteLibrary.resourceFor(folder(), search)).isEqualTo(RESOURCE);
        assertThat(searches).hasSize(1);
        Path note = folder().resolve(SqliteLibrary.PLATFORM_NOTE);
        assertThat(Files.readAllLines(note)).containsExactly(
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), RESOURCE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");
    }

    @Test
    void aNoteForAnotherPlatformOrNamingNoLibraryIsNotTaken() throws Exception {
        String here = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        Path note = Files.createDirectories(folder()).resolve(SqliteLibrary.PLATFORM_NOTE);
        for (String written : List.of("Plan9 mips\n" + RESOURCE + "\n", here + "\n/etc/passwd\n",
                here + "\n/org/sqlite/native/../../" + LibraryLoaderUtil.getNativeLibName() + "\n", here + "\n")) {
            Files.writeString(note, written);
            assertThat(SqliteLibrary.resourceFor(folder(), () -> RESOURCE)).as(written).isEqualTo(RESOURCE);
            assertThat(Files.readString(note)).as(written).isEqualTo(here + "\n" + RESOURCE + "\n");
        }
    }

    /** Two starts in processes of their own: both map the folder's library, neither writes one into the temp folder. */
    @Test
    void sqliteJdbcLoadsTheFoldersLibraryAndExtractsNothing() throws Exception {
        Path tmp = Files.createDirectories(cache.resolve("tmp"));
        List<String> first = runProcess(tmp);
        Path file = folder().resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(first).containsExactly(file.toString());
        Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThat(runProcess(tmp)).containsExactly(file.toString());
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        try (var extracted = Files.list(tmp)) {
            assertThat(extracted).isEmpty();
        }
    }

    /**
     * A first start writes the library and its note without a SecureRandom (Files.createTempFile's), whose security
     * providers a reader's class-data archive, recorded from a first start, would otherwise keep (issue 13).
     */
    @Test
    void aFirstStartLoadsNoSecureRandom() throws Exception {
        Path classes = cache.resolve("classes.log");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaCommand, "-Xshare:off", "-Xlog:class+load=info:file=" + classes, "-cp",
                System.getProperty("java.class.path"), SqliteLibraryProcess.class.getName(), folder().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).containsExactly(folder().resolve(LibraryLoaderUtil.getNativeLibName()).toString());
        assertThat(Files.readAllLines(classes)).noneMatch(l -> l.contains("[class,load] java.security.SecureRandom "));
        try (var left = Files.list(folder())) {
            assertThat(left).noneMatch(f -> f.getFileName().toString().startsWith("part-"));
        }
    }

    private List<String> runProcess(Path tmp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(new ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), SqliteLibraryProcess.class.getName(), folder().toString())))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
