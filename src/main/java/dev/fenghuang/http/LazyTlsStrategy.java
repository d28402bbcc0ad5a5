package dev.fenghuang.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * Builds the TLS machinery only when the first https connection is made. Loading the default SSL context
 * costs about 130 ms, which a plain-http site (and the demo portal) should never pay at start-up. The system's
 * certificate authorities are trusted, and the certificates in the profile's PEM files in addition (a site with
 * a self-signed certificate); nothing else is.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {
    private final List<Path> trustedPem;
    private volatile TlsSocketStrategy delegate;

    LazyTlsStrategy(List<Path> trustedPem) {
        this.trustedPem = List.copyOf(trustedPem);
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() throws IOException {
        TlsSocketStrategy d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = trustedPem.isEmpty() ? systemDefault()
                            : new DefaultClientTlsStrategy(contextTrusting(trustedPem), new ListedHostnameVerifier());
                    delegate = d;
                }
            }
        }
        return d;
    }

    /** HttpClient's {@code DefaultClientTlsStrategy.createSystemDefault()}, with the listed host name check. */
    private static TlsSocketStrategy systemDefault() {
        return new DefaultClientTlsStrategy(SSLContexts.createSystemDefault(), HttpsSupport.getSystemProtocols(),
                HttpsSupport.getSystemCipherSuits(), SSLBufferMode.STATIC, HostnameVerificationPolicy.BOTH,
                new ListedHostnameVerifier());
    }

    private static SSLContext contextTrusting(List<Path> pemFiles) throws IOException {
        try {
            X509TrustManager system = trustManager(null);
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            int n = 0;
            for (Path pem : pemFiles) {
                for (Certificate c : certificates(pem)) {
                    extra.setCertificateEntry("profile-" + n++, c);
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(system, trustManager(extra))}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS with the profile's certificates: " + e.getMessage(), e);
        }
    }

    private static List<Certificate> certificates(Path pem) throws IOException, CertificateException {
        if (!Files.isRegularFile(pem)) {
            throw new IOException("tls.trust: no such file " + pem);
        }
        try (InputStream in = Files.newInputStream(pem)) {
            List<Certificate> found = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (found.isEmpty()) {
                throw new IOException("tls.trust: no PEM certificate in " + pem);
            }
            return found;
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (TrustManager m : f.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server that either the system's authorities or the profile's certificates vouch for. */
    private record EitherTrustManager(X509TrustManager system, X509TrustManager profile) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                system.checkServerTrusted(chain, authType);
            } catch (CertificateException notBySystem) {
                profile.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = system.getAcceptedIssuers();
            X509Certificate[] b = profile.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
