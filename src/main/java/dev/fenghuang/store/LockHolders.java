package dev.fenghuang.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who holds a lock on a store file, where the system says ({@code /proc/locks} on Linux): the program's name and its
 * process id, e.g. {@code " (sqlite3, pid 4242)"}; "" when it cannot be told.
 */
final class LockHolders {
    private static final Path LOCKS = Path.of("/proc/locks");

    private LockHolders() {
    }

    /** The other processes holding a lock on the file or its log, in words; "" when none is known. */
    static String of(Path file) {
        try {
            Set<Long> inodes = new LinkedHashSet<>();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = Path.of(file + suffix);
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    inodes.add(((Number) Files.getAttribute(f, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue());
                }
            }
            if (inodes.isEmpty() || !Files.isReadable(LOCKS)) {
                return "";
            }
            return words(holders(Files.readAllLines(LOCKS, StandardCharsets.US_ASCII), inodes,
                    ProcessHandle.current().pid()));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "";
        }
    }

    /**
     * The process ids of the lines of {@code /proc/locks} on one of {@code inodes}, other than {@code self}. A line
     * reads {@code 1: POSIX  ADVISORY  WRITE 4242 fe:00:2394157 0 EOF}; one it cannot read is passed over.
     */
    static Set<Long> holders(List<String> lines, Set<Long> inodes, long self) {
        Set<Long> pids = new LinkedHashSet<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            int at = f.length > 1 && f[1].equals("->") ? 1 : 0; // a waiting lock: "1: -> POSIX ..."
            if (f.length < at + 6) {
                continue;
            }
            String[] device = f[at + 5].split(":");
            if (device.length == 3 && f[at + 4].matches("\\d{1,10}") && device[2].matches("\\d{1,20}")
                    && inodes.contains(Long.parseLong(device[2])) && at == 0) {
                long pid = Long.parseLong(f[at + 4]);
                if (pid != self) {
                    pids.add(pid);
                }
            }
        }
        return pids;
    }

    private static String words(Set<Long> pids) {
        List<String> named = new ArrayList<>();
        for (long pid : pids) {
            String name = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                    .map(c -> Path.of(c).getFileName().toString()).orElse("");
            named.add((name.isEmpty() ? "" : clean(name) + ", ") + "pid " + pid);
            if (named.size() == 3) {
                break;
            }
        }
        return named.isEmpty() ? "" : " (" + String.join("; ", named) + ")";
    }

    /** A program's name as a line may show it: printable ASCII letters and signs only, at most 40. */
    private static String clean(String name) {
        String kept = name.replaceAll("[^\\w.+-]", "");
        return kept.length() > 40 ? kept.substring(0, 40) : kept;
    }
}
