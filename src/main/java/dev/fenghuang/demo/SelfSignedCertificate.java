package dev.fenghuang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A key pair and self-signed certificate for 127.0.0.1 and localhost, made at start by the JDK's own
 * {@code keytool} (EC P-256, valid 30 days) in a temporary PKCS12 keystore that is deleted once read.
 *
 * @param context the TLS context serving with it
 * @param certificate the certificate the portal presents
 */
record SelfSignedCertificate(SSLContext context, X509Certificate certificate) {
    private static final String ALIAS = "demo-portal";
    private static final String PASSWORD_VARIABLE = "FENGHUANG_DEMO_STOREPASS";

    /** Makes a new one; each call gives another key. */
    static SelfSignedCertificate generate() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fenghuang-demo-tls");
            Path store = dir.resolve("demo.p12");
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            char[] password = HexFormat.of().formatHex(secret).toCharArray();
            runKeytool(store, new String(password));
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, new SecureRandom());
            return new SelfSignedCertificate(context, (X509Certificate) keys.getCertificate(ALIAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo portal's certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the demo portal's certificate", e);
        } finally {
            delete(dir);
        }
    }

    /** The certificate as PEM: {@code -----BEGIN CERTIFICATE-----}, base64 in 64-column lines, the end line. */
    String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs keytool with the store password in its environment, not on its command line. */
    private static void runKeytool(Path store, String password) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        ProcessBuilder builder = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass:env", PASSWORD_VARIABLE))
                .redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(keytool + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + keytool + " ran", e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind holds no secret worth more than the running portal
        }
    }
}
