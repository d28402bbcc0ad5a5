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
    void writesThroughToAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("sessions/site/reader1.cookies");
        CookieFile jar = CookieFile.open(file);
        jar.addCookie(cookie("Ab3x_2132_saltkey", "abcdefgh"));
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
        for (int i = 0; i < 200; i++) {
            String name = "k" + i;
            done.add(pool.submit(() -> jar.addCookie(cookie(name, "v"))));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(CookieFile.open(file).getCookies()).hasSize(200);
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("c.cookies");
        }
    }
}
