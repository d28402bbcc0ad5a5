package dev.fenghuang.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * The users file's keys behind the per-address back-off: an address that must wait is refused whatever key it offers
 * (and the refusal does not lengthen its wait); a connection that offers a key not listed counts one failure for its
 * address, however many keys it offers; a login forgets the address's failures.
 */
final class GatedKeys implements PublickeyAuthenticator {
    private static final AttributeRepository.AttributeKey<Boolean> FAILED = new AttributeRepository.AttributeKey<>();

    private final KnownKeys keys;
    private final AddressGate gate;

    GatedKeys(KnownKeys keys, AddressGate gate) {
        this.keys = keys;
        this.gate = gate;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        InetAddress from = session.getClientAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
        if (from != null && !gate.open(from)) {
            return false;
        }
        boolean known = keys.authenticate(username, key, session);
        if (from != null) {
            if (known) {
                gate.succeeded(from);
            } else if (session.setAttribute(FAILED, Boolean.TRUE) == null) {
                gate.failed(from);
            }
        }
        return known;
    }
}
