package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;

/**
 * A cookie store kept in a file only its owner can read or write (mode 0600, in a 0700 directory): the session
 * of one account on one site. Every change is written through at once, atomically. Session cookies are kept too,
 * as a browser that restores its session would; the site decides when they end.
 */
public final class CookieFile extends BasicCookieStore {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String FORMAT = "fenghuang-cookies 1";

    private final transient Path file;
    private transient boolean loading;

    private CookieFile(Path file) {
        this.file = file;
    }

    /** Opens the jar, reading what the file holds (nothing if it does not exist yet). */
    public static CookieFile open(Path file) throws IOException {
        CookieFile jar = new CookieFile(file);
        if (Files.isRegularFile(file)) {
            jar.loading = true;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    parse(line).ifPresent(jar::addCookie);
                }
            } finally {
                jar.loading = false;
            }
        }
        return jar;
    }

    public Path file() {
        return file;
    }

    @Override
    public void addCookie(Cookie cookie) {
        super.addCookie(cookie);
        save();
    }

    @Override
    public void clear() {
        super.clear();
        save();
    }

    @Override
    public boolean clearExpired(Date date) {
        boolean removed = super.clearExpired(date);
        if (removed) {
            save();
        }
        return removed;
    }

    /** Deletes the file and forgets every cookie. */
    public void delete() throws IOException {
        loading = true;
        try {
            super.clear();
        } finally {
            loading = false;
        }
        Files.deleteIfExists(file);
    }

    /** One writer at a time: requests on several threads may each set cookies. */
    private synchronized void save() {
        if (loading || file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        for (Cookie c : getCookies()) {
            lines.add(String.join("\t", enc(c.getName()), enc(c.getValue()), enc(c.getDomain()), enc(c.getPath()),
                    c.getExpiryInstant() == null ? "-" : Long.toString(c.getExpiryInstant().getEpochSecond()),
                    c.isSecure() ? "s" : "-", c.isHttpOnly() ? "h" : "-"));
        }
        try {
            writePrivately(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save cookies to " + file, e);
        }
    }

    private void writePrivately(List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        // A name of its own per write: another process with the same account may be saving too.
        Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static java.util.Optional<Cookie> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7 || line.startsWith("fenghuang-cookies")) {
            return java.util.Optional.empty();
        }
        BasicClientCookie c = new BasicClientCookie(dec(f[0]), dec(f[1]));
        c.setDomain(dec(f[2]));
        c.setPath(dec(f[3]));
        if (!f[4].equals("-")) {
            c.setExpiryDate(Instant.ofEpochSecond(Long.parseLong(f[4])));
        }
        c.setSecure(f[5].equals("s"));
        c.setHttpOnly(f[6].equals("h"));
        c.setAttribute("domain", dec(f[2]));
        c.setAttribute("path", dec(f[3]));
        return java.util.Optional.of(c);
    }

    private static String enc(String s) {
        return s == null ? "" : Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.isEmpty() ? null : new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
