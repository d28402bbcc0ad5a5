package dev.fenghuang.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Every moderation decision sent, one JSON object a line, appended to {@code moderation-audit.jsonl} in the state
 * directory (0600): when, who, on which site, which comment of which article, what was decided, the comment's text
 * and what really happened. Each decision has two lines: {@code sent}, written before the request leaves, and its
 * outcome once known; a {@code sent} line without an outcome is a request whose end nobody saw (a crash, a kill).
 * Appends are locked, so two sessions never interleave a line.
 */
public final class AuditLog {
    /** Nulls are written: an article not known is {@code "aid":null}, not a missing field. */
    /**
     * Made at the first entry written or read, not when a session is opened: building a Gson costs a cold
     * {@code read}, which has no decision to log, several milliseconds of its main thread.
     */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    }

    private final Path file;
    private final FileGuard guard;
    private volatile java.util.Map<String, String> origin = java.util.Map.of();

    public AuditLog(Path file) {
        this(file, FileGuard.forThisUser(notice -> { }));
    }

    /** A log whose directory and file are checked by {@code guard} before each append and read. */
    public AuditLog(Path file, FileGuard guard) {
        this.file = file;
        this.guard = guard;
    }

    public static AuditLog in(XdgDirs dirs) {
        return in(dirs, FileGuard.forThisUser(notice -> { }));
    }

    public static AuditLog in(XdgDirs dirs, FileGuard guard) {
        return new AuditLog(dirs.state().resolve("moderation-audit.jsonl"), guard);
    }

    public Path file() {
        return file;
    }

    /**
     * Every line appended from now on also carries these fields, saying where the decisions came from (for
     * {@code serve-ssh}: the users file's account and the key's fingerprint); never a secret.
     */
    public void origin(java.util.Map<String, String> fields) {
        this.origin = java.util.Map.copyOf(fields);
    }

    /**
     * One decision.
     *
     * @param time when it was sent (ISO-8601 with offset)
     * @param moderator the account's name on the site
     * @param site the site's root URL
     * @param cid the comment; null for a forum decision
     * @param aid its article; null when the site did not name it (a comment decided outside the queue: its edit
     *     dialog, where its text is read, does not say which article it is on)
     * @param action approve, delete, ignore or edit; a forum decision's ends in -thread, -reply or -post
     * @param text the comment's (the post's, the thread's subject) text as it was
     * @param result {@code sent} (the request is leaving), then what the site did, counted by re-reading it:
     *     applied, not-applied, unknown; or not-sent (the admin panel asked for its password first)
     * @param detail the site's words or the reason, possibly empty
     * @param tid a forum decision's thread; null for a comment
     * @param pid a forum decision's post (a reply, or a post of a thread tool); null otherwise
     * @param fid a forum decision's board, when known; null otherwise
     */
    public record Entry(String time, String moderator, String site, Long cid, Long aid, String action, String text,
                        String result, String detail, Long tid, Long pid, Integer fid) {
        /** A comment's entry; its article is null when not known. */
        public Entry(String time, String moderator, String site, long cid, Long aid, String action, String text,
                     String result, String detail) {
            this(time, moderator, site, Long.valueOf(cid), aid, action, text, result, detail, null, null, null);
        }

        /** A comment's entry whose article is {@code aid}, or not known when 0 (article ids start at 1). */
        public Entry(String time, String moderator, String site, long cid, long aid, String action, String text,
                     String result, String detail) {
            this(time, moderator, site, cid, aid > 0 ? Long.valueOf(aid) : null, action, text, result, detail);
        }

        /** A forum decision's entry: about thread {@code tid}, or its post {@code pid} when above 0. */
        public static Entry forum(String time, String moderator, String site, long tid, long pid, int fid,
                                  String action, String text, String result, String detail) {
            return new Entry(time, moderator, site, null, null, action, text, result, detail,
                    tid > 0 ? Long.valueOf(tid) : null, pid > 0 ? Long.valueOf(pid) : null,
                    fid > 0 ? Integer.valueOf(fid) : null);
        }

        public static String now() {
            return OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }

        /**
         * The entry as one JSON line: a comment's as it always was ({@code "aid":null} when not known, no forum
         * fields), a forum decision's with tid, pid and fid and no comment fields.
         */
        public String toJson() {
            return toJson(java.util.Map.of());
        }

        /** The same, with the fields saying where the decision came from. */
        String toJson(java.util.Map<String, String> origin) {
            JsonObject o = Json.GSON.toJsonTree(this).getAsJsonObject();
            new java.util.TreeMap<>(origin).forEach(o::addProperty);
            if (cid == null) {
                o.remove("cid");
                o.remove("aid");
            } else {
                o.remove("tid");
                o.remove("pid");
                o.remove("fid");
            }
            return Json.GSON.toJson(o);
        }
    }

    public void append(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        guard.directory(dir, dir);
        guard.file(file);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another session made it first
            }
        }
        StringBuilder lines = new StringBuilder();
        for (Entry e : entries) {
            lines.append(e.toJson(origin)).append('\n');
        }
        // The file lock keeps other processes out; within this one, threads take turns (a JVM may hold one lock).
        synchronized (AuditLog.class) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock lock = channel.lock()) {
                channel.write(StandardCharsets.UTF_8.encode(lines.toString()));
            }
        }
    }

    /** Every entry, oldest first; lines that are not entries are skipped. */
    public List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        guard.file(file);
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Entry e = Json.GSON.fromJson(line, Entry.class);
                if (e != null) {
                    entries.add(e);
                }
            } catch (JsonParseException damaged) {
                // a line cut short by a crash: the others still count
            }
        }
        return entries;
    }
}
