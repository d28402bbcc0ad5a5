package dev.fenghuang;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The base of the SSH tests that need nothing but {@link SshRig}'s defaults: a rig serving before each test. */
abstract class ServedSshRigTest {
    @TempDir
    Path home;

    SshRig rig;

    @BeforeEach
    void serve() throws Exception {
        rig = new SshRig(home).serve();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }
}
