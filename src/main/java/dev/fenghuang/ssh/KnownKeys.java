package dev.fenghuang.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key authentication against the users file, read again whenever its modification time changed since the
 * last attempt. The key's owner is kept on the SSH session for the channels. A file that cannot be read keeps the
 * keys last read from it; a missing one lets nobody in.
 */
final class KnownKeys implements PublickeyAuthenticator {
    /** The owner of the key the session logged in with. */
    static final AttributeRepository.AttributeKey<SshUser> USER = new AttributeRepository.AttributeKey<>();

    private final Path file;
    private final Predicate<String> knownSite;
    private final Consumer<String> notices;
    private FileTime readAt;
    private UsersFile users = UsersFile.empty();

    KnownKeys(Path file, Predicate<String> knownSite, Consumer<String> notices) {
        this.file = file;
        this.knownSite = knownSite;
        this.notices = notices;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        Optional<SshUser> owner = current().owner(key);
        owner.ifPresent(u -> session.setAttribute(USER, u));
        return owner.isPresent();
    }

    /** The users file as it is now, read again if it changed. */
    synchronized UsersFile current() {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException gone) {
            if (readAt != null || users.size() > 0) {
                notices.accept("users file " + file + " is gone: no key may log in");
            }
            readAt = null;
            users = UsersFile.empty();
            return users;
        } catch (IOException e) {
            return users;
        }
        if (!modified.equals(readAt)) {
            try {
                UsersFile read = UsersFile.parse(Files.readAllLines(file, StandardCharsets.UTF_8), knownSite);
                read.problems().forEach(p -> notices.accept("users file " + file + " " + p + " (line skipped)"));
                users = read;
                readAt = modified;
            } catch (IOException | RuntimeException unreadable) {
                notices.accept("users file " + file + " cannot be read (" + unreadable.getMessage()
                        + "): the keys read before still count");
            }
        }
        return users;
    }
}
