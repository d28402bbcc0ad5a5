package dev.fenghuang.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read, in one directory: drafts and other state that holds what a user wrote. Each
 * write goes to a temporary file of its own name (0600) and is renamed into place atomically, so a reader or
 * another process never sees half a file, and two writers never mix theirs. The directory and the files are
 * checked by the {@link FileGuard} before they are used.
 */
final class PrivateFiles {
    private final Path dir;
    private final FileGuard guard;

    PrivateFiles(Path dir, FileGuard guard) {
        this.dir = dir;
        this.guard = guard;
    }

    void checkDirectory() throws IOException {
        guard.directory(dir, dir);
    }

    void checkFile(Path file) throws IOException {
        guard.file(file);
    }

    /**
     * Writes a file that does not exist yet; false, writing nothing, when it does. Names are made unique by the
     * caller (time and random bits), so the check and the rename do not race in practice.
     */
    boolean createNew(Path file, String text) throws IOException {
        checkDirectory();
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        moveIntoPlace(written(text), file);
        return true;
    }

    /** Writes a file, replacing what it held. */
    void replace(Path file, String text) throws IOException {
        checkDirectory();
        guard.file(file);
        moveIntoPlace(written(text), file);
    }

    private Path written(String text) throws IOException {
        Path tmp = Files.createTempFile(dir, ".write-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            return tmp;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
