package dev.fenghuang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The store's file on disk: made only its owner may read (0600; SQLite gives its {@code -wal} and {@code -shm} files
 * the same mode), never followed through a link, and set aside under a name of its own when it is damaged.
 */
final class StoreFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private StoreFile() {
    }

    /** Creates the file (0600) if it is missing, closes a looser mode to 0600; refuses a link or a non-file. */
    static void prepare(Path file) throws IOException {
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException createdMeanwhile) {
                // another process made it first
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a plain file (a link or a directory); the store leaves it alone");
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = Path.of(file + suffix);
            try {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        && !Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(f, OWNER_ONLY);
                }
            } catch (NoSuchFileException goneMeanwhile) {
                // another connection closing the file removed its -wal or -shm between the two looks
                if (suffix.isEmpty()) {
                    throw goneMeanwhile;
                }
            }
        }
    }

    /**
     * Renames the file to {@code NAME.corrupt-yyyyMMdd-HHmmss} (its write-ahead log beside it under the same
     * suffix) so that the next start makes a new one; returns the new name.
     */
    static Path setAside(Path file, Clock clock) throws IOException {
        // made when a file is set aside, not whenever the store is opened: the formatter's class loads ~30 others
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
        String suffix = ".corrupt-" + stamp.format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + suffix);
        Files.move(file, aside);
        for (String companion : COMPANIONS) {
            Path f = Path.of(file + companion);
            if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                if (companion.equals("-wal")) {
                    Files.move(f, Path.of(aside + companion));
                } else {
                    Files.delete(f);
                }
            }
        }
        return aside;
    }
}
