package dev.fenghuang.demo;

import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault, as the bytes on the wire show it. */
class FaultWireTest {
    private static final String ARTICLE = "portal.php?mod=view&aid=1";
    private static final String COMMENT = "portal.php?mod=portalcp&ac=comment&inajax=1";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private DemoPortal portal;

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.builder().dripInterval(Duration.ofMillis(200))
                .stallLimit(Duration.ofSeconds(30)).hugeBodyBytes(3L << 20).build());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Wire.Answer article() {
        return Wire.send(portal, Wire.get(portal, ARTICLE), PATIENCE);
    }

    private String commentForm(Browser reader, String message) {
        return "message=" + URLEncoder.encode(message, StandardCharsets.UTF_8) + "&referer="
                + URLEncoder.encode("portal.php?mod=view&aid=1#comment", StandardCharsets.UTF_8)
                + "&aid=1&formhash=" + reader.formhash() + "&commentsubmit=true";
    }

    private int commentsOnArticle1() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<em id=\"_commentnum\">(\\d+)</em>")
                .matcher(new Browser(portal).get(ARTICLE).text());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void badGatewayIsNginxs502() {
        portal.inject(Fault.BAD_GATEWAY);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(502);
        assertThat(new String(a.body(), StandardCharsets.US_ASCII)).contains("<title>502 Bad Gateway</title>")
                .contains("<center>nginx</center>").doesNotContain("article_content");
    }

    @Test
    void serviceUnavailableIsNginxs503WithoutRetryAfter() {
        portal.inject(Fault.SERVICE_UNAVAILABLE);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.headers("Retry-After")).isEmpty();
        assertThat(new String(a.body(), StandardCharsets.US_ASCII)).contains("503 Service Temporarily Unavailable");
    }

    @Test
    void systemErrorIsDiscuzs503PageWithRetryAfter() {
        portal.inject(Fault.SYSTEM_ERROR);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.header("Retry-After")).isEqualTo("3600");
        String html = new String(a.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>" + portal.baseUrl().getAuthority() + " - System Error</title>")
                .contains("<h1>Discuz! System Error</h1>")
                .contains("<div class='info'><li>您当前的访问请求当中含有非法字符，已经被系统拒绝</li></div>");
    }

    @Test
    void aSystemErrorOnACommentStoresNothing() {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        portal.inject(FaultRule.of(Fault.SYSTEM_ERROR).on("/portal.php?mod=portalcp"));
        Wire.Answer a = Wire.send(portal, Wire.post(portal, COMMENT, reader.cookies(), commentForm(reader, "不该存")),
                PATIENCE);
        assertThat(a.status()).isEqualTo(503);
        assertThat(commentsOnArticle1()).isZero();
    }

    @Test
    void shortBodyPromisesTheWholeLengthAndSendsHalf() {
        portal.inject(Fault.SHORT_BODY);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers("Content-Encoding")).isEmpty();
        int promised = Integer.parseInt(a.header("Content-Length"));
        assertThat(a.body().length).isEqualTo(promised / 2);
        assertThat(a.end()).isNotEqualTo(Wire.End.TIMEOUT);
    }

    @Test
    void stallMidBodySendsHalfThenNothingUntilCleared() throws Exception {
        portal.inject(Fault.STALL_MID_BODY);
        try (Socket socket = new Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.getOutputStream().write(Wire.get(portal, ARTICLE).getBytes(StandardCharsets.UTF_8));
            socket.setSoTimeout(10_000); // the head and the half however slow the portal is to start
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            int promised = Integer.parseInt(head.replaceAll("(?si).*content-length: (\\d+).*", "$1"));
            assertThat(in.readNBytes(promised / 2)).hasSize(promised / 2);
            socket.setSoTimeout(700); // then nothing more while the fault holds it
            Wire.Answer before = Wire.read(in, Long.MAX_VALUE);
            assertThat(before.end()).isEqualTo(Wire.End.TIMEOUT);
            assertThat(before.bytes()).isEmpty();
            portal.clearFaults();
            socket.setSoTimeout(5000);
            Wire.Answer after = Wire.read(socket.getInputStream(), Long.MAX_VALUE);
            assertThat(after.end()).isNotEqualTo(Wire.End.TIMEOUT);
            assertThat(after.bytes()).isEmpty();
        }
    }

    @Test
    void dripSendsTheBodyOneByteAtATime() throws Exception {
        portal.inject(Fault.DRIP);
        try (Socket socket = new Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.getOutputStream().write(Wire.get(portal, ARTICLE).getBytes(StandardCharsets.UTF_8));
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Content-Encoding");
            int promised = Integer.parseInt(head.replaceAll("(?si).*content-length: (\\d+).*", "$1"));
            byte[] buffer = new byte[4096];
            int got = 0;
            for (int i = 0; i < 4; i++) { // a byte each 200 ms: a reader held up that long finds two, not the page
                int n = in.read(buffer, got, buffer.length - got);
                assertThat(n).as("read %d", i).isPositive();
                got += n;
            }
            assertThat(got).as("bytes in four reads").isLessThan(100);
            assertThat(new String(buffer, 0, 1, StandardCharsets.US_ASCII)).isNotBlank();
            assertThat(promised).isGreaterThan(10_000);
        }
    }

    @Test
    void resetBeforeTheRequestIsReadAnswersNothingAndStoresNothing() {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        portal.inject(FaultRule.of(Fault.RESET).onPost().on("/portal.php?mod=portalcp&ac=comment"));
        assertThat(article().status()).isEqualTo(200);
        Wire.Answer a = Wire.send(portal, Wire.post(portal, COMMENT, reader.cookies(), commentForm(reader, "丢了")),
                PATIENCE);
        assertThat(a.bytes()).isEmpty();
        assertThat(a.end()).isNotEqualTo(Wire.End.TIMEOUT);
        assertThat(commentsOnArticle1()).isZero();
    }

    @Test
    void resetAfterTheRequestIsReadAnswersNothingAndStoresNothing() {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        portal.inject(FaultRule.of(Fault.RESET_AFTER_READ).onPost());
        Wire.Answer a = Wire.send(portal, Wire.post(portal, COMMENT, reader.cookies(), commentForm(reader, "读了")),
                PATIENCE);
        assertThat(a.bytes()).isEmpty();
        assertThat(a.end()).isNotEqualTo(Wire.End.TIMEOUT);
        assertThat(commentsOnArticle1()).isZero();
    }

    @Test
    void brokenGzipIsDeclaredGzipAndDoesNotInflate() {
        portal.inject(Fault.BROKEN_GZIP);
        Wire.Answer a = article();
        assertThat(a.header("Content-Encoding")).isEqualTo("gzip");
        byte[] body = a.body();
        assertThat(body).hasSize(Integer.parseInt(a.header("Content-Length")));
        assertThat(body[0]).isEqualTo((byte) 0x1f);
        assertThat(body[1]).isEqualTo((byte) 0x8b);
        assertThatThrownBy(() -> new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes())
                .isInstanceOf(ZipException.class);
    }

    @Test
    void redirectLoopPointsAtTheRequestedUrl() {
        portal.inject(Fault.REDIRECT_LOOP);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).isEqualTo(portal.baseUrl() + ARTICLE);
    }

    @Test
    void redirectOffSitePointsAtLocalhostOnTheSamePort() {
        portal.inject(Fault.REDIRECT_OFF_SITE);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).isEqualTo("http://localhost:" + portal.baseUrl().getPort() + "/" + ARTICLE);
    }

    @Test
    void wrongCharsetDeclaresGbkForUtf8Bytes() {
        portal.inject(Fault.WRONG_CHARSET);
        Wire.Answer a = article();
        assertThat(a.header("Content-Type")).isEqualTo("text/html; charset=gbk");
        String html = new String(a.body(), StandardCharsets.UTF_8);
        assertThat(html).contains(SampleArticle.TITLE).contains("<meta charset=\"gbk\" />")
                .contains("charset = 'gbk'").doesNotContain("utf-8");
    }

    @Test
    void stallAfterWriteStoresTheCommentAndNeverAnswers() throws Exception {
        Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
        portal.inject(FaultRule.of(Fault.STALL_AFTER_WRITE).times(1));
        assertThat(article().status()).isEqualTo(200);
        String request = Wire.post(portal, COMMENT, reader.cookies(), commentForm(reader, "存了没回"));
        CompletableFuture<Wire.Answer> answer = CompletableFuture.supplyAsync(() -> Wire.send(portal, request,
                Duration.ofSeconds(20)));
        assertThat(awaitComments(1)).isEqualTo(1);
        assertThat(answer).isNotDone();
        portal.clearFaults();
        Wire.Answer a = answer.get(10, TimeUnit.SECONDS);
        assertThat(a.bytes()).isEmpty();
        assertThat(a.end()).isNotEqualTo(Wire.End.TIMEOUT);
    }

    @Test
    void hugeBodyDeclaresAndSendsTheHugeLength() {
        portal.inject(Fault.HUGE_BODY);
        Wire.Answer a = article();
        assertThat(a.header("Content-Length")).isEqualTo(String.valueOf(3L << 20));
        assertThat(a.body()).hasSize(3 << 20);
        assertThat(new String(a.body(), 0, 2000, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE");
    }

    @Test
    void endlessBodyIsChunkedAndGoesOnPastAnyCap() {
        portal.inject(Fault.ENDLESS_BODY);
        Wire.Answer a = Wire.send(portal, Wire.get(portal, ARTICLE), PATIENCE, 8L << 20);
        assertThat(a.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(a.headers("Content-Length")).isEmpty();
        assertThat(a.bytes().length).isGreaterThanOrEqualTo(8 << 20);
        assertThat(a.end()).isEqualTo(Wire.End.TIMEOUT);
    }

    @Test
    void clearingAnEndlessBodyCutsItWithoutTheLastChunk() throws Exception {
        portal.inject(Fault.ENDLESS_BODY);
        try (Socket socket = new Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.getOutputStream().write(Wire.get(portal, ARTICLE).getBytes(StandardCharsets.UTF_8));
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).containsIgnoringCase("Transfer-Encoding: chunked");
            in.readNBytes(100_000);
            portal.clearFaults();
            Wire.Answer rest = Wire.read(in, 64L << 20);
            assertThat(rest.end()).isNotEqualTo(Wire.End.TIMEOUT);
            assertThat(new String(rest.bytes(), StandardCharsets.ISO_8859_1)).doesNotEndWith("\r\n0\r\n\r\n");
        }
    }

    @Test
    void cookieFloodSendsAThousandLargeCookiesBesideTheSitesOwn() {
        portal.inject(Fault.COOKIE_FLOOD);
        Wire.Answer a = article();
        assertThat(a.status()).isEqualTo(200);
        var flood = a.headers("Set-Cookie").stream().filter(c -> c.startsWith(portal.cookiePrefix() + "flood"))
                .toList();
        assertThat(flood).hasSize(1000).allSatisfy(c -> assertThat(c.length()).isGreaterThan(3000));
        assertThat(flood.stream().map(c -> c.substring(0, c.indexOf('='))).distinct()).hasSize(1000);
        assertThat(a.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(portal.cookiePrefix()
                + "saltkey="));
    }

    @Test
    void aRuleOnOnePathLeavesTheOthersAlone() {
        portal.inject(FaultRule.parse("502:/portal.php?mod=list"));
        assertThat(article().status()).isEqualTo(200);
        assertThat(Wire.send(portal, Wire.get(portal, "portal.php?mod=list&catid=1"), PATIENCE).status())
                .isEqualTo(502);
    }

    @Test
    void aRuleForTheNextTwoRequestsLetsTheThirdThrough() {
        portal.inject(FaultRule.of(Fault.SERVER_ERROR).times(2));
        assertThat(article().status()).isEqualTo(500);
        assertThat(article().status()).isEqualTo(500);
        assertThat(article().status()).isEqualTo(200);
    }

    @Test
    void faultsGivenAtStartAreInForce() {
        try (DemoPortal faulty = DemoPortal.start(DemoOptions.builder().moderationTraffic(false)
                .fault(FaultRule.parse("redirect-loop:get:/portal.php,times=1")).build())) {
            Wire.Answer first = Wire.send(faulty, Wire.get(faulty, ARTICLE), PATIENCE);
            assertThat(first.status()).isEqualTo(302);
            assertThat(Wire.send(faulty, Wire.get(faulty, ARTICLE), PATIENCE).status()).isEqualTo(200);
        }
    }

    private int awaitComments(int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int seen = commentsOnArticle1();
        while (seen < wanted && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            seen = commentsOnArticle1();
        }
        return seen;
    }

    private static String readHead(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    static Charset gbk() {
        return Charset.forName("GBK");
    }
}
