package dev.fenghuang.demo.store;

import dev.fenghuang.demo.http.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in members. The {@code auth} cookie names a server-side session that is only valid with the
 * {@code saltkey} it was opened under, so a client that loses the saltkey is logged out, as on a real site.
 */
public final class Sessions {
    private record Session(int uid, String saltkey) {
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** Opens a session and answers the {@code auth} cookie value, percent-encoded as PHP sends it. */
    public String open(SiteMember member, String saltkey) {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        String token = Base64.getEncoder().encodeToString(bytes);
        open.put(token, new Session(member.uid(), saltkey));
        return encode(token);
    }

    /** The member of an {@code auth} cookie value sent with this saltkey, if the session is still open. */
    public Optional<SiteMember> find(String authCookie, String saltkey) {
        if (authCookie == null || authCookie.isEmpty()) {
            return Optional.empty();
        }
        Session session = open.get(PageRequest.decode(authCookie.replace("+", "%2B"), StandardCharsets.US_ASCII));
        if (session == null || !session.saltkey().equals(saltkey)) {
            return Optional.empty();
        }
        return Members.byUid(session.uid());
    }

    public void close(String authCookie) {
        if (authCookie != null) {
            open.remove(PageRequest.decode(authCookie.replace("+", "%2B"), StandardCharsets.US_ASCII));
        }
    }

    /** Forgets every session: the next request of any member is a guest's. */
    public void expireAll() {
        open.clear();
    }

    private static String encode(String token) {
        return token.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    }
}
