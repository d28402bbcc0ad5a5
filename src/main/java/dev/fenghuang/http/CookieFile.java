package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cookie store kept in a file only its owner can read or write (mode 0600, in a 0700 directory): the session
 * of one account on one site. Changes collect in memory and {@link #flush()} writes them once per response
 * (the client calls it), atomically, merged into what the file holds then: another process with the same
 * account may have written since, and its changes (a sign-out) are not undone by this one's older view. Session
 * cookies are kept too, as a browser that restores its session would; the site decides when they end.
 */
public final class CookieFile extends BoundedCookieStore {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CookieFile.class);
    private static final String FORMAT = "fenghuang-cookies 1";
    /**
     * One monitor per file in this JVM: a file lock is held per process, and a second jar on the same file
     * asking for it again would get an OverlappingFileLockException instead of waiting.
     */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final transient Path file;
    /** Changes since the last flush, in order: a cookie set, or null for one removed. */
    private final transient Map<Key, Cookie> pending = new LinkedHashMap<>();
    private transient boolean clearedSinceFlush;
    private transient int writes;
    /**
     * The line each cookie has in the file as this jar last read or wrote it: a cookie set again with the same
     * line (Discuz sends {@code lastact} and {@code sid} with every answer) is not a change worth a write.
     */
    private final transient Map<Key, String> inFile = new java.util.HashMap<>();
    /** Numbers (from 1) of the lines skipped when the jar was opened. */
    private final transient List<Integer> unreadable = new ArrayList<>();

    private CookieFile(Path file) {
        this.file = file;
    }

    /** Opens the jar, reading what the file holds (nothing if it does not exist yet). */
    public static CookieFile open(Path file) throws IOException {
        CookieFile jar = new CookieFile(file);
        List<Cookie> cookies = read(file, jar.unreadable);
        jar.replaceAll(cookies);
        jar.remember(cookies);
        return jar;
    }

    /**
     * The value of the first unexpired cookie whose name ends with {@code suffix}, as a client over this jar would
     * see it: known before any client is built.
     */
    public java.util.Optional<String> endingWith(String suffix) {
        return JarCookies.endingWith(this, suffix);
    }

    /** The numbers (from 1) of the file's lines that could not be read when it was opened, and were skipped. */
    public List<Integer> unreadableLines() {
        return List.copyOf(unreadable);
    }

    public Path file() {
        return file;
    }

    /** How many times the file was written since it was opened. */
    public synchronized int writes() {
        return writes;
    }

    @Override
    void changed(Key key, Cookie cookie) {
        synchronized (pending) {
            pending.put(key, cookie);
        }
    }

    @Override
    void clearedAll() {
        synchronized (pending) {
            pending.clear();
            clearedSinceFlush = true;
        }
    }

    @Override
    public void clear() {
        super.clear();
        flush();
    }

    /**
     * Whether what waits to be written only sets again cookies the file holds (a new value or expiry): no cookie
     * added, none removed, the jar not cleared. Discuz sends {@code lastact} (and often {@code sid}) with every
     * answer, {@code lastact} changing each second; a sign-in adds cookies and a sign-out removes them. False when
     * nothing waits.
     */
    boolean onlySetsAgainWhatItHolds() {
        synchronized (pending) {
            if (pending.isEmpty() || clearedSinceFlush) {
                return false;
            }
            Instant now = Instant.now();
            synchronized (inFile) {
                for (Map.Entry<Key, Cookie> change : pending.entrySet()) {
                    Cookie cookie = change.getValue();
                    if (cookie == null || cookie.isExpired(now) || !inFile.containsKey(change.getKey())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Deletes the file and forgets every cookie. */
    public synchronized void delete() throws IOException {
        replaceAll(List.of());
        synchronized (pending) {
            pending.clear();
            clearedSinceFlush = false;
        }
        remember(List.of());
        Files.deleteIfExists(file);
    }

    /**
     * Writes the changes made since the last flush into the file, merged with what it holds now, and takes the
     * merged result as this jar's content. Does nothing when nothing changed: no cookie set, removed or cleared
     * since, or only cookies set again with the line the file already has for them.
     */
    public void flush() {
        Map<Key, Cookie> changes;
        boolean cleared;
        synchronized (pending) {
            if (pending.isEmpty() && !clearedSinceFlush) {
                return;
            }
            changes = new LinkedHashMap<>(pending);
            cleared = clearedSinceFlush;
            pending.clear();
            clearedSinceFlush = false;
        }
        if (!cleared && unchangedInFile(changes)) {
            return;
        }
        try {
            List<Cookie> merged = mergeIntoFile(changes, cleared);
            synchronized (this) {
                synchronized (pending) {
                    // what other threads changed meanwhile stays pending, and in memory
                    Map<Key, Cookie> view = new LinkedHashMap<>();
                    merged.forEach(c -> view.put(Key.of(c), c));
                    pending.forEach((k, c) -> {
                        if (c == null) {
                            view.remove(k);
                        } else {
                            view.put(k, c);
                        }
                    });
                    replaceAll(new ArrayList<>(view.values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save cookies to " + file, e);
        }
    }

    /** Whether every change leaves the file's lines as this jar last read or wrote them. */
    private boolean unchangedInFile(Map<Key, Cookie> changes) {
        Instant now = Instant.now();
        synchronized (inFile) {
            for (Map.Entry<Key, Cookie> change : changes.entrySet()) {
                Cookie cookie = change.getValue();
                boolean removal = cookie == null || cookie.isExpired(now);
                String had = inFile.get(change.getKey());
                if (removal ? had != null : !line(cookie).equals(had)) {
                    return false;
                }
            }
            return true;
        }
    }

    private void remember(List<Cookie> cookies) {
        synchronized (inFile) {
            inFile.clear();
            for (Cookie c : cookies) {
                inFile.put(Key.of(c), line(c));
            }
        }
    }

    /** Under a lock shared with other processes: reads the file, applies the changes, writes it back. */
    private List<Cookie> mergeIntoFile(Map<Key, Cookie> changes, boolean cleared) throws IOException {
        synchronized (IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object())) {
            return mergeLocked(changes, cleared);
        }
    }

    private List<Cookie> mergeLocked(Map<Key, Cookie> changes, boolean cleared) throws IOException {
        Path dir = privateDirectory();
        try (FileChannel lockFile = FileChannel.open(dir.resolve("." + file.getFileName() + ".lock"),
                java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
             FileLock lock = lockFile.lock()) {
            Map<Key, Cookie> merged = new LinkedHashMap<>();
            if (!cleared) {
                for (Cookie c : read(file, new ArrayList<>())) {
                    merged.put(Key.of(c), c);
                }
            }
            Instant now = Instant.now();
            changes.forEach((key, cookie) -> {
                if (cookie == null || cookie.isExpired(now)) {
                    merged.remove(key);
                } else {
                    merged.put(key, cookie);
                }
            });
            List<Cookie> result = new ArrayList<>(merged.values());
            writePrivately(dir, result);
            remember(result);
            synchronized (this) {
                writes++;
            }
            return result;
        }
    }

    private Path privateDirectory() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return dir;
    }

    private void writePrivately(Path dir, List<Cookie> cookies) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        for (Cookie c : cookies) {
            lines.add(line(c));
        }
        // Written under the lock file's lock, so one name does: no other process writes it meanwhile; one a writer
        // left when it died is removed first (a link itself, not what it names), and the new one made exclusively.
        // Not Files.createTempFile: its random name comes from a SecureRandom, whose first use loads Java's security
        // providers (~50 classes, each resident in the reader's class-data archive, issue 13).
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A cookie's line in the file: name, value, domain, path, expiry (in seconds), flags and port. */
    private static String line(Cookie c) {
        return String.join("\t", enc(c.getName()), enc(c.getValue()), enc(c.getDomain()), enc(c.getPath()),
                c.getExpiryInstant() == null ? "-" : Long.toString(c.getExpiryInstant().getEpochSecond()),
                c.isSecure() ? "s" : "-", c.isHttpOnly() ? "h" : "-", portField(c));
    }

    /** The cookies in {@code file}; a line that cannot be read is skipped with a warning naming the file. */
    private static List<Cookie> read(Path file, List<Integer> unreadable) throws IOException {
        List<Cookie> cookies = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return cookies;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("fenghuang-cookies")) {
                continue;
            }
            Optional<Cookie> cookie = parse(line);
            if (cookie.isPresent()) {
                cookies.add(cookie.get());
            } else {
                // The line's content stays out of the log: it may hold a session token.
                log.warn("skipping unreadable cookie line {} of {}", i + 1, file);
                unreadable.add(i + 1);
            }
        }
        return cookies;
    }

    private static Optional<Cookie> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7 && f.length != 8) {
            return Optional.empty();
        }
        try {
            String name = dec(f[0]);
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            BasicClientCookie c = new BasicClientCookie(name, dec(f[1]));
            c.setDomain(dec(f[2]));
            c.setPath(dec(f[3]));
            if (!f[4].equals("-")) {
                c.setExpiryDate(Instant.ofEpochSecond(Long.parseLong(f[4])));
            }
            c.setSecure(f[5].equals("s"));
            c.setHttpOnly(f[6].equals("h"));
            c.setAttribute("domain", dec(f[2]));
            c.setAttribute("path", dec(f[3]));
            if (f.length == 8 && !f[7].equals("-")) {
                PortBoundCookies.bind(c, Integer.parseInt(f[7]));
            }
            return Optional.of(c);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The port the cookie belongs to ({@code -} when it does not say: a line of a jar written before). */
    private static String portField(Cookie c) {
        int port = PortBoundCookies.portOf(c);
        return port < 0 ? "-" : Integer.toString(port);
    }

    private static String enc(String s) {
        return s == null ? "" : Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.isEmpty() ? null : new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
