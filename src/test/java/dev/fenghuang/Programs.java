package dev.fenghuang;

import java.nio.file.Files;
import java.nio.file.Path;

/** The programs outside Java that some tests drive (ssh, sshd, tmux, w3m): whether this machine has them. */
public final class Programs {
    private Programs() {
    }

    /** Whether an executable named {@code program} is in a folder of {@code PATH}. */
    public static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
