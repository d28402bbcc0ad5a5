package dev.fenghuang.http;

import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

/**
 * HttpClient's default host name check (its {@link DefaultHostnameVerifier}, which refuses a wildcard certificate
 * for a public suffix such as {@code *.co.uk}), given a public suffix matcher that holds only the rules for the host
 * and the names the server's certificate carries ({@link PublicSuffixes}) instead of the whole list.
 */
final class ListedHostnameVerifier implements HostnameVerifier {
    private static final int DNS_NAME = 2;

    @Override
    public boolean verify(String host, SSLSession session) {
        Set<String> names = new LinkedHashSet<>();
        names.add(host);
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate cert) {
                names.addAll(namesIn(cert));
            }
        } catch (SSLPeerUnverifiedException e) {
            // HttpClient's check below refuses such a session itself
        }
        return new DefaultHostnameVerifier(PublicSuffixes.SHARED.forNames(names)).verify(host, session);
    }

    /** The DNS names among the certificate's subject alternative names, and every word of its subject. */
    static Set<String> namesIn(X509Certificate cert) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Collection<List<?>> alternatives = cert.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> name : alternatives) {
                    if (name.size() > 1 && name.get(0) instanceof Integer type && type == DNS_NAME
                            && name.get(1) instanceof String dns) {
                        names.add(dns);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no alternative names to add
        }
        // every word of the subject, a common name among them: more names only bring more rules in
        for (String word : cert.getSubjectX500Principal().getName().split("[,+=\\s\"\\\\]+")) {
            if (!word.isEmpty()) {
                names.add(word);
            }
        }
        return names;
    }
}
