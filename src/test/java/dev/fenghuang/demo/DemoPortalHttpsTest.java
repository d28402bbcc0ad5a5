package dev.fenghuang.demo;

import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPortalHttpsTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.builder().https(true).moderationTraffic(false).build());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static HttpClient trusting(String pem) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("demo", cert);
        TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String target) throws Exception {
        return client.send(HttpRequest.newBuilder(portal.baseUrl().resolve(target)).header("User-Agent",
                Fetch.DESKTOP_UA).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUrlIsHttpsOn127001() {
        assertThat(portal.baseUrl().toString()).matches("https://127\\.0\\.0\\.1:\\d+/");
    }

    @Test
    void theCertificateIsSelfSignedForTheLoopbackAddressAndLocalhost() throws Exception {
        String pem = portal.certificatePem();
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("\n-----END CERTIFICATE-----\n");
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertThat(cert.getSubjectX500Principal()).isEqualTo(cert.getIssuerX500Principal());
        assertThat(cert.getSubjectAlternativeNames()).contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void aClientTrustingTheCertificateReadsPagesThatLinkOverHttps() throws Exception {
        HttpResponse<String> page = get(trusting(portal.certificatePem()), "portal.php?mod=view&aid=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(SampleArticle.TITLE).contains("SITEURL = '" + portal.baseUrl() + "'")
                .doesNotContain("http://127.0.0.1");
    }

    @Test
    void aClientWithTheDefaultTrustIsRefused() {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> get(plain, "portal.php")).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void faultsWorkOverHttps() throws Exception {
        portal.inject(FaultRule.of(Fault.REDIRECT_OFF_SITE).times(1));
        HttpResponse<String> page = get(trusting(portal.certificatePem()), "portal.php?mod=view&aid=1");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location")).hasValue("https://localhost:" + portal.baseUrl().getPort()
                + "/portal.php?mod=view&aid=1");
    }

    @Test
    void aPlainPortalHasNoCertificate() {
        try (DemoPortal plain = DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build())) {
            assertThatThrownBy(plain::certificatePem).isInstanceOf(IllegalStateException.class);
        }
    }
}
