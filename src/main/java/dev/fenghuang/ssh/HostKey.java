package dev.fenghuang.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's host key: made at the first start and kept in the state directory, readable by its owner only (0600,
 * in a 0700 directory), so that clients that met the server once recognise it again.
 */
final class HostKey {
    static final String FILE = "ssh_host_key";

    private HostKey() {
    }

    /** The key in {@code dir}, made now when there is none yet. */
    static KeyPairProvider in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path file = dir.resolve(FILE);
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm("EC");
        provider.setKeySize(256);
        provider.setStrictFilePermissions(true);
        provider.loadKeys(null);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return provider;
    }
}
