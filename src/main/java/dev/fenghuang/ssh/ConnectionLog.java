package dev.fenghuang.ssh;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * One JSON line per SSH connection, appended to {@code ssh/connections.jsonl} in the state directory (0600) when it
 * closes: when it started, how many seconds it lasted, where from (address:port), who (the users file's account, its
 * site, the key's fingerprint; null when it never logged in) and how it ended. Never key material, a password or a
 * cookie.
 */
final class ConnectionLog implements SessionListener {
    /** How the connection's last command ended, set by the command ({@code exit 0: read}, {@code idle}, …). */
    static final AttributeRepository.AttributeKey<String> ENDED = new AttributeRepository.AttributeKey<>();
    private static final AttributeRepository.AttributeKey<Instant> STARTED = new AttributeRepository.AttributeKey<>();
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final Path file;
    private final InstantSource clock;
    private final Consumer<String> notices;

    ConnectionLog(Path file, InstantSource clock, Consumer<String> notices) {
        this.file = file;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public void sessionCreated(Session session) {
        session.setAttribute(STARTED, clock.instant());
    }

    @Override
    public void sessionClosed(Session session) {
        Instant end = clock.instant();
        Instant start = session.getAttribute(STARTED);
        SshUser user = session.getAttribute(KnownKeys.USER);
        String ended = session.getAttribute(ENDED);
        JsonObject line = new JsonObject();
        line.addProperty("start", (start == null ? end : start).toString());
        line.addProperty("seconds", start == null ? 0 : Duration.between(start, end).toMillis() / 1000.0);
        line.addProperty("from", where(session.getIoSession().getRemoteAddress()));
        line.addProperty("account", user == null ? null : user.account());
        line.addProperty("site", user == null ? null : user.site());
        line.addProperty("key", user == null ? null : user.fingerprint());
        line.addProperty("ended", user == null ? "not logged in" : ended == null ? "closed" : ended);
        try {
            append(GSON.toJson(line) + "\n");
        } catch (IOException e) {
            notices.accept("cannot write the connection log " + file + ": " + e.getMessage());
        }
    }

    private static String where(SocketAddress address) {
        return address instanceof InetSocketAddress a ? a.getAddress().getHostAddress() + ":" + a.getPort()
                : String.valueOf(address);
    }

    private synchronized void append(String line) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException kept) {
            // appended to
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** A command's first word as the log may hold it: a plain word, else "?". */
    static String word(String first) {
        return first != null && first.matches("[\\w.-]{1,32}") ? first : "?";
    }
}
