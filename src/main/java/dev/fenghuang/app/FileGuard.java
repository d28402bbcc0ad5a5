package dev.fenghuang.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the state Fenghuang keeps before trusting it, as found on disk without following links (lstat): every
 * directory from the state directory down to an account's drafts, the cookie file, the audit log. A symbolic link
 * or something owned by another user is refused, naming the path; a directory or file of ours that others may read
 * is closed to 0700 / 0600, and the user is told so. Missing directories are made 0700.
 */
public final class FileGuard {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final int uid;
    private final Consumer<String> notices;

    /**
     * @param uid the user whose state this is
     * @param notices told, in one line each, of every mode set right
     */
    public FileGuard(int uid, Consumer<String> notices) {
        this.uid = uid;
        this.notices = notices;
    }

    /** A guard for the user running this process. */
    public static FileGuard forThisUser(Consumer<String> notices) {
        return new FileGuard((int) new com.sun.security.auth.module.UnixSystem().getUid(), notices);
    }

    /**
     * Makes {@code dir} and every directory between {@code root} and it (both included) exist as private
     * directories of ours.
     *
     * @throws UnsafeStateFile when one of them is a link, not a directory, or another user's
     */
    public void directory(Path root, Path dir) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        if (!target.startsWith(top)) {
            throw new IllegalArgumentException(target + " is not inside " + top);
        }
        Path current = top;
        directory(current);
        for (Path part : top.relativize(target)) {
            if (part.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(part);
            directory(current);
        }
    }

    private void directory(Path dir) throws IOException {
        PosixFileAttributes found = lstat(dir);
        if (found == null) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            found = lstat(dir);
        }
        if (found.isSymbolicLink()) {
            throw new UnsafeStateFile(dir + " is a symbolic link; Fenghuang keeps its state only in real directories"
                    + " of its user. Replace the link by a directory");
        }
        if (!found.isDirectory()) {
            throw new UnsafeStateFile(dir + " is not a directory");
        }
        checkOwner(dir);
        repair(dir, found.permissions(), DIRECTORY, "700");
    }

    /**
     * Checks a state file of ours, if it exists: a regular file, not a link, ours, and 0600 (set so if looser).
     *
     * @throws UnsafeStateFile when it is a link, not a regular file, or another user's
     */
    public void file(Path file) throws IOException {
        PosixFileAttributes found = lstat(file);
        if (found == null) {
            return;
        }
        if (found.isSymbolicLink()) {
            throw new UnsafeStateFile(file + " is a symbolic link; Fenghuang reads and writes only its own files");
        }
        if (!found.isRegularFile()) {
            throw new UnsafeStateFile(file + " is not a regular file");
        }
        checkOwner(file);
        repair(file, found.permissions(), FILE, "600");
    }

    /** Tells the user, as repaired modes are told, of something found in the state and not used. */
    public void tell(String notice) {
        notices.accept(notice);
    }

    private void checkOwner(Path p) throws IOException {
        int owner = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (owner != uid) {
            throw new UnsafeStateFile(p + " belongs to another user (uid " + owner + ", not " + uid
                    + "); Fenghuang does not use state others can change");
        }
    }

    private void repair(Path p, Set<PosixFilePermission> have, Set<PosixFilePermission> want, String mode)
            throws IOException {
        if (!want.containsAll(have)) {
            Files.setPosixFilePermissions(p, want);
            notices.accept(p + " was readable or writable by others (" + PosixFilePermissions.toString(have)
                    + "); its mode is now " + mode);
        }
    }

    private static PosixFileAttributes lstat(Path p) throws IOException {
        try {
            return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** State found in a shape Fenghuang will not use: its message names the path and what is wrong. */
    public static final class UnsafeStateFile extends IOException {
        private static final long serialVersionUID = 1L;

        public UnsafeStateFile(String message) {
            super(message);
        }
    }
}
