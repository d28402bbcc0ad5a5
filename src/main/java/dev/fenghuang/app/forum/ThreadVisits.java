package dev.fenghuang.app.forum;

import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many replies each thread had when the reader last opened it, so that a board's list can mark the threads with
 * replies new since: one line {@code TID REPLIES} per thread in a file of the site's state directory, written
 * whole and atomically. Holds ids and counts only. Keeps the {@link #MOST} threads opened last.
 */
public final class ThreadVisits {
    private static final Logger log = LoggerFactory.getLogger(ThreadVisits.class);
    /** Threads remembered at most; the one visited longest ago is forgotten first. */
    static final int MOST = 5000;

    private final Path file;
    private Map<Long, Long> seen;

    public ThreadVisits(Path file) {
        this.file = file;
    }

    public static ThreadVisits forSite(XdgDirs dirs, SiteProfile profile) {
        return new ThreadVisits(dirs.state().resolve("sites").resolve(profile.storageKey()).resolve("forum-visits"));
    }

    /** The replies thread {@code tid} had at the last visit; empty when it was never opened. */
    public synchronized OptionalLong replies(long tid) {
        Long n = load().get(tid);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    /**
     * Notes a visit of thread {@code tid} when it had {@code replies} replies, and writes the file. A file that cannot
     * be written (a read-only state directory) is told in the log: the visit is then remembered for this run only.
     */
    public synchronized void visited(long tid, long replies) {
        Map<Long, Long> all = load();
        all.remove(tid);
        all.put(tid, Math.max(0, replies));
        while (all.size() > MOST) {
            all.remove(all.keySet().iterator().next());
        }
        try {
            save(all);
        } catch (IOException e) {
            log.warn("cannot keep the forum visits in {}: {}", file, e.toString());
        }
    }

    /**
     * Counts the reader's own reply to thread {@code tid} as seen: a thread visited before keeps one reply more, so
     * the reply does not come back as new; a thread never visited stays unknown.
     */
    public synchronized void replied(long tid) {
        Long n = load().get(tid);
        if (n != null) {
            visited(tid, n + 1);
        }
    }

    /**
     * Counts the reader's own reply to thread {@code tid}, deleted since, as gone: a thread visited before keeps one
     * reply less (never below none), so the next reply by someone else is new; a thread never visited stays unknown.
     */
    public synchronized void deleted(long tid) {
        Long n = load().get(tid);
        if (n != null) {
            visited(tid, n - 1);
        }
    }

    private Map<Long, Long> load() {
        if (seen != null) {
            return seen;
        }
        seen = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return seen;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
                    seen.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException e) {
            log.warn("ignoring unreadable forum visits {}: {}", file, e.toString());
        }
        return seen;
    }

    private void save(Map<Long, Long> all) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        all.forEach((tid, n) -> lines.add(tid + " " + n));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
