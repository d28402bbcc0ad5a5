package dev.fenghuang.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in a folder of the cache ({@code $XDG_CACHE_HOME/fenghuang/native/VERSION/}) instead
 * of being extracted into the temp folder by sqlite-jdbc on every start (a new file each time, written, read back and
 * compared, and the temp folder searched for the copies of other runs: a few hundred milliseconds of a cold start on
 * a loaded machine). The copy is checked on each start against the jar's entry for it, by size and CRC-32 (both read
 * from the jar's directory, so nothing is inflated) and written again, whole and then renamed into place, when it
 * differs; the folder is the user's alone (0700).
 */
public final class SqliteLibrary {
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /** The file in the library's folder naming the jar's library for this platform: {@code os.name os.arch}, path. */
    static final String PLATFORM_NOTE = "platform";

    private static boolean pointed;

    private SqliteLibrary() {
    }

    /** What {@link #install} found: the library file, and whether it had to be written. */
    record Installed(Path file, boolean written) {
    }

    /** This sqlite-jdbc's version, which names its folder: a newer jar gets a folder of its own. */
    public static String version() {
        return SQLiteJDBCLoader.getVersion();
    }

    /**
     * Makes sqlite-jdbc load its library from {@code folder} (put there first, or again when it differs from the
     * jar's), unless sqlite-jdbc was already pointed somewhere. Any failure leaves sqlite-jdbc to do as it always did.
     *
     * @param folder a private folder for this version's library, {@code native/VERSION} under the cache folder
     * @return the library file sqlite-jdbc will load; empty when the jar holds none for this platform or the folder
     *     cannot be used
     */
    public static synchronized Optional<Path> useFrom(Path folder) {
        if (pointed || System.getProperty("org.sqlite.lib.path") != null) {
            return Optional.empty();
        }
        try {
            Optional<Installed> installed = install(folder, resourceFor(folder, SqliteLibrary::resourceHere));
            installed.ifPresent(i -> {
                System.setProperty("org.sqlite.lib.path", i.file().getParent().toString());
                System.setProperty("org.sqlite.lib.name", i.file().getFileName().toString());
                System.setProperty("org.sqlite.tmpdir", i.file().getParent().toString()); // the stale-copy sweep
                pointed = true;
            });
            return installed.map(Installed::file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The jar's library for this platform as sqlite-jdbc finds it (which starts {@code uname} on Linux). */
    static String resourceHere() {
        return LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    }

    /**
     * The jar's library for this platform: as the folder's {@value #PLATFORM_NOTE} file names it for this operating
     * system and processor, else as {@code find} finds it, noted there for the next start. sqlite-jdbc's search
     * starts a process ({@code uname -o}, for Android) and reads this process's memory map (for musl), about 12 ms
     * of CPU and a fork in every start. A note that names no library of sqlite-jdbc's is not taken; a library that
     * will not load (the folder shared with a musl system of the same processor) makes sqlite-jdbc search itself.
     */
    static String resourceFor(Path folder, Supplier<String> find) {
        String platform = platform();
        Path note = folder.resolve(PLATFORM_NOTE);
        try {
            if (Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS) && Files.size(note) <= 1024) {
                List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
                if (lines.size() == 2 && lines.get(0).equals(platform) && isLibraryResource(lines.get(1))) {
                    return lines.get(1);
                }
            }
        } catch (IOException unreadable) {
            // found again below, and noted again
        }
        String found = find.get();
        try {
            privateFolder(folder);
            Path part = newPart(folder, ".txt");
            try {
                Files.writeString(part, platform + "\n" + found + "\n", StandardCharsets.UTF_8);
                Files.move(part, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | UnsupportedOperationException notNoted) {
            // found again next time
        }
        return found;
    }

    private static String platform() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    private static boolean isLibraryResource(String resource) {
        return resource.startsWith("/org/sqlite/native/") && !resource.contains("..")
                && resource.endsWith("/" + LibraryLoaderUtil.getNativeLibName());
    }

    /**
     * Puts the library at {@code resource} (a path in sqlite-jdbc's jar) into {@code folder}, unless the copy there
     * has the size and CRC-32 the jar gives for it.
     *
     * @return the file, and whether it was written; empty when the class path has no such resource
     * @throws IOException when the folder cannot be made private or written, or is a link
     */
    static Optional<Installed> install(Path folder, String resource) throws IOException {
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        privateFolder(folder);
        Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Expected expected = Expected.of(url);
        if (expected.matches(file)) {
            return Optional.of(new Installed(file, false));
        }
        Path part = newPart(folder, ".so");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!expected.matches(part)) {
                throw new IOException("the library read from the jar does not match its entry: " + resource);
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return Optional.of(new Installed(file, true));
    }

    /**
     * A new empty file (0600) in the folder under a name of its own, made exclusively, to be written and then moved
     * into place. Not Files.createTempFile: it draws its name from a SecureRandom, whose first use loads Java's
     * security providers (~50 classes), and a first start's classes are what the reader's class-data archive is
     * recorded from (issue 13).
     */
    private static Path newPart(Path folder, String suffix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path part = folder.resolve("part-" + Long.toHexString(System.nanoTime()) + "-"
                    + Thread.currentThread().getId() + suffix);
            try {
                return Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException taken) { // another process, the same moment
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    private static void privateFolder(Path folder) throws IOException {
        Files.createDirectories(folder.getParent());
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it meanwhile: checked below like any other
            }
        }
        BasicFileAttributes found = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!found.isDirectory()) {
            throw new IOException(folder + " is not a directory");
        }
        Files.setPosixFilePermissions(folder, PRIVATE_DIRECTORY);
    }

    /** The size and CRC-32 of the library as the jar's directory gives them; -1 where it gives none. */
    private record Expected(long size, long crc, URL url) {
        private static final int BUFFER = 16 * 1024;

        static Expected of(URL url) throws IOException {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                    return new Expected(entry.getSize(), entry.getCrc(), url);
                }
            }
            return new Expected(-1, -1, url); // not in a jar (an unpacked class path): compare the bytes
        }

        /**
         * Whether the file is the jar's library: read through a small buffer, where reading it whole was ~1 MB of
         * garbage on the store's way to opening at every start, a young collection that stops every thread.
         */
        boolean matches(Path file) throws IOException {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (size >= 0 && Files.size(file) != size) {
                return false;
            }
            byte[] buffer = new byte[BUFFER];
            try (InputStream copy = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                if (crc >= 0) {
                    CRC32 sum = new CRC32();
                    for (int n = copy.read(buffer); n >= 0; n = copy.read(buffer)) {
                        sum.update(buffer, 0, n);
                    }
                    return sum.getValue() == crc;
                }
                try (InputStream jar = url.openStream()) {
                    return sameBytes(copy, jar, buffer);
                }
            }
        }

        private static boolean sameBytes(InputStream a, InputStream b, byte[] buffer) throws IOException {
            byte[] other = new byte[buffer.length];
            while (true) {
                int n = a.readNBytes(buffer, 0, buffer.length);
                int m = b.readNBytes(other, 0, other.length);
                if (n != m || !java.util.Arrays.equals(buffer, 0, n, other, 0, m)) {
                    return false;
                }
                if (n < buffer.length) {
                    return true;
                }
            }
        }
    }
}
