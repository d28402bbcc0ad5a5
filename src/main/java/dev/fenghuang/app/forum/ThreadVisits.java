package dev.fenghuang.app.forum;

import dev.fenghuang.app.AccountPaths;
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
 * replies new since: one line {@code TID REPLIES} per thread in a file of the account's state directory (each account
 * of a site has its own), written whole and atomically. Holds ids and counts only. Keeps the {@link #MOST} threads
 * opened last.
 */
public final class ThreadVisits {
    private static final Logger log = LoggerFactory.getLogger(ThreadVisits.class);
    /** Threads remembered at most; the one visited longest ago is forgotten first. */
    static final int MOST = 5000;

    private final Path file;
    /** The file read while {@link #file} is missing: the visits an older version kept per site; null for none. */
    private final Path earlier;
    private Map<Long, Long> seen;

    public ThreadVisits(Path file) {
        this(file, null);
    }

    private ThreadVisits(Path file, Path earlier) {
        this.file = file;
        this.earlier = earlier;
    }

    /**
     * The visits of one account on a site. The default account takes over the file older versions kept for the
     * whole site ({@code sites/SITE/forum-visits}) until it writes its own; other accounts start with none.
     */
    public static ThreadVisits forAccount(XdgDirs dirs, SiteProfile profile, AccountPaths account) {
        Path own = account.dir().resolve("forum-visits");
        boolean takesOver = account.dir().getFileName().toString().equals(AccountPaths.DEFAULT_ACCOUNT);
        return new ThreadVisits(own, takesOver
                ? dirs.state().resolve("sites").resolve(profile.storageKey()).resolve("forum-visits") : null);
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
        Path from = !Files.isRegularFile(file) && earlier != null ? earlier : file;
        if (!Files.isRegularFile(from)) {
            return seen;
        }
        try {
            for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
                    seen.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException e) {
            log.warn("ignoring unreadable forum visits {}: {}", from, e.toString());
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
