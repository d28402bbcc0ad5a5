package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Set;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieFileTest {
    @TempDir
    Path dir;

    private static BasicClientCookie cookie(String name, String value) {
        BasicClientCookie c = new BasicClientCookie(name, value);
        c.setDomain("127.0.0.1");
        c.setPath("/");
        c.setAttribute("domain", "127.0.0.1");
        c.setHttpOnly(true);
        return c;
    }

    @Test
    void writesToAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("sessions/site/reader1.cookies");
        CookieFile jar = CookieFile.open(file);
        jar.addCookie(cookie("Ab3x_2132_saltkey", "abcdefgh"));
        jar.flush();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
    }

    @Test
    void keepsCookiesAcrossRuns() throws Exception {
        Path file = dir.resolve("a.cookies");
        CookieFile jar = CookieFile.open(file);
        BasicClientCookie auth = cookie("Ab3x_2132_auth", "x\ty+z/=");
        auth.setExpiryDate(Instant.now().plusSeconds(3600));
        jar.addCookie(auth);
        jar.addCookie(cookie("Ab3x_2132_saltkey", "abcdefgh"));
        jar.flush();

        CookieFile again = CookieFile.open(file);
        assertThat(again.getCookies()).extracting(c -> c.getName() + "=" + c.getValue())
                .containsExactlyInAnyOrder("Ab3x_2132_auth=x\ty+z/=", "Ab3x_2132_saltkey=abcdefgh");
        assertThat(again.getCookies()).allSatisfy(c -> assertThat(c.isHttpOnly()).isTrue());
    }

    @Test
    void deleteRemovesTheFile() throws Exception {
        Path file = dir.resolve("b.cookies");
        CookieFile jar = CookieFile.open(file);
        jar.addCookie(cookie("k", "v"));
        jar.flush();
        jar.delete();
        assertThat(file).doesNotExist();
        assertThat(jar.getCookies()).isEmpty();
    }

    @Test
    void requestsOnSeveralThreadsCanSetCookiesAtOnce() throws Exception {
        Path file = dir.resolve("c.cookies");
        CookieFile jar = CookieFile.open(file);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < BoundedCookieStore.MAX_PER_DOMAIN; i++) {
            String name = "k" + i;
            done.add(pool.submit(() -> {
                jar.addCookie(cookie(name, "v"));
                jar.flush();
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(CookieFile.open(file).getCookies()).hasSize(BoundedCookieStore.MAX_PER_DOMAIN);
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("c.cookies",
                    ".c.cookies.lock");
        }
    }

    @Test
    void aCorruptLineIsSkippedWithAWarningThatNamesTheFile() throws Exception {
        Path file = dir.resolve("d.cookies");
        CookieFile jar = CookieFile.open(file);
        jar.addCookie(cookie("Ab3x_2132_saltkey", "abcdefgh"));
        jar.flush();
        Files.writeString(file, Files.readString(file) + "bmFtZQ\tdmFsdWU\tMTI3LjAuMC4x\tLw\t17x0\t-\th\n"
                + "not base64 !\t\t\t\t-\t-\t-\n");
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(CookieFile.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            CookieFile again = CookieFile.open(file);
            assertThat(again.getCookies()).extracting(c -> c.getName()).containsExactly("Ab3x_2132_saltkey");
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list).hasSize(2).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .contains(file.toString()).doesNotContain("dmFsdWU"));
    }

    @Test
    void aSignOutInAnotherProcessIsNotUndoneByThisOnesOlderJar() throws Exception {
        Path file = dir.resolve("e.cookies");
        CookieFile first = CookieFile.open(file);
        first.addCookie(cookie("Ab3x_2132_auth", "signed-in"));
        first.addCookie(cookie("Ab3x_2132_saltkey", "abcdefgh"));
        first.flush();
        CookieFile second = CookieFile.open(file);  // another process, same account
        second.delete();                              // signs out there

        first.addCookie(cookie("Ab3x_2132_lastact", "1700000000"));  // a later answer here
        first.flush();

        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName())
                .containsExactly("Ab3x_2132_lastact");
        assertThat(first.getCookies()).extracting(c -> c.getName()).containsExactly("Ab3x_2132_lastact");
    }

    @Test
    void changesFromTwoProcessesAreMerged() throws Exception {
        Path file = dir.resolve("f.cookies");
        CookieFile a = CookieFile.open(file);
        CookieFile b = CookieFile.open(file);
        a.addCookie(cookie("from_a", "1"));
        a.flush();
        b.addCookie(cookie("from_b", "2"));
        b.flush();
        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName())
                .containsExactlyInAnyOrder("from_a", "from_b");
    }

    @Test
    void twoJarsOnOneFileInOneProcessSaveAtOnceWithoutFailing() throws Exception {
        Path file = dir.resolve("g.cookies");
        CookieFile a = CookieFile.open(file);
        CookieFile b = CookieFile.open(file);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CookieFile jar = i % 2 == 0 ? a : b;
            String name = "k" + i;
            done.add(pool.submit(() -> {
                jar.addCookie(cookie(name, "v"));
                jar.flush();
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(CookieFile.open(file).getCookies()).hasSize(20);
    }

    @Test
    void aCookieSetAgainUnchangedCausesNoWrite() throws Exception {
        Path file = dir.resolve("h.cookies");
        CookieFile jar = CookieFile.open(file);
        Instant expiry = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BasicClientCookie lastact = cookie("Ab3x_2132_lastact", "1700000000%09portal.php%09view");
        lastact.setExpiryDate(expiry);
        jar.addCookie(lastact);
        jar.flush();
        String written = Files.readString(file);

        // the next answer in the same second: the same value, an expiry in the same second (Max-Age counted again)
        BasicClientCookie again = cookie("Ab3x_2132_lastact", "1700000000%09portal.php%09view");
        again.setExpiryDate(expiry.plusMillis(400));
        jar.addCookie(again);
        jar.flush();

        assertThat(jar.writes()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void aChangedValueOrExpiryOrARemovalIsStillSaved() throws Exception {
        Path file = dir.resolve("i.cookies");
        CookieFile jar = CookieFile.open(file);
        Instant expiry = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BasicClientCookie lastact = cookie("Ab3x_2132_lastact", "1700000000");
        lastact.setExpiryDate(expiry);
        jar.addCookie(lastact);
        jar.addCookie(cookie("Ab3x_2132_sid", "abc123"));
        jar.flush();

        BasicClientCookie later = cookie("Ab3x_2132_lastact", "1700000001");
        later.setExpiryDate(expiry);
        jar.addCookie(later);
        jar.flush();
        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName() + "=" + c.getValue())
                .contains("Ab3x_2132_lastact=1700000001");

        BasicClientCookie longer = cookie("Ab3x_2132_lastact", "1700000001");
        longer.setExpiryDate(expiry.plusSeconds(1));
        jar.addCookie(longer);
        jar.flush();
        assertThat(CookieFile.open(file).getCookies()).filteredOn(c -> c.getName().endsWith("lastact"))
                .extracting(c -> c.getExpiryInstant()).containsExactly(expiry.plusSeconds(1));

        BasicClientCookie gone = cookie("Ab3x_2132_sid", "deleted");
        gone.setExpiryDate(Instant.EPOCH);
        jar.addCookie(gone);
        jar.flush();
        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName())
                .containsExactly("Ab3x_2132_lastact");
        assertThat(jar.writes()).isEqualTo(4);
    }

    /**
     * Saving names its temporary file itself, not with Files.createTempFile, whose SecureRandom loads the security
     * providers (~50 classes in every reader that is given a cookie, issue 13).
     */
    @Test
    void savingLoadsNoSecureRandom() throws Exception {
        Path file = dir.resolve("sessions/site/reader1.cookies");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaCommand, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), CookieSaveProcess.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.contains("[class,load] java.security.SecureRandom "))).isEmpty();
        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName() + "=" + c.getValue())
                .containsExactly("Ab3x_2132_saltkey=abcdefgh");
    }

    /** A temporary file a writer left when it died, even a link to another file, is replaced, the other untouched. */
    @Test
    void aTemporaryFileLeftBehindIsReplacedNotFollowed() throws Exception {
        Path file = dir.resolve("d.cookies");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "theirs\n");
        Files.createSymbolicLink(dir.resolve(".d.cookies.tmp"), victim);
        CookieFile jar = CookieFile.open(file);
        jar.addCookie(cookie("k", "v"));
        jar.flush();
        assertThat(Files.readString(victim)).isEqualTo("theirs\n");
        assertThat(CookieFile.open(file).getCookies()).extracting(c -> c.getName()).containsExactly("k");
        assertThat(dir.resolve(".d.cookies.tmp")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
