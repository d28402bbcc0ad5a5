package dev.fenghuang.site.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.Envelopes;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A front end may read the login form on one thread and send the sign-in on another. The account remembers the
 * form it read, so the two must not interleave: a sign-in that arrives while the form is being read waits for it
 * and answers that form instead of reading a second one and racing the first for the remembered form.
 */
class LoginFlowThreadsTest {
    private static final String FORM = "mod=logging&action=login&infloat=yes";

    @Test
    void aSignInWaitsForTheFormBeingReadAndAnswersIt() throws Exception {
        FakeConnection site = new FakeConnection().fixture(FORM, "write/login-form.xml")
                .answer("loginsubmit=yes", Envelopes.of(Envelopes.LOGIN_OK));
        HeldFirstRequest held = new HeldFirstRequest(site);
        DiscuzAccount account = new DiscuzAccount(URI.create(Fixtures.SITE), held, LoginFlowTest.clock());

        CompletableFuture<Object> reading = CompletableFuture.supplyAsync(() -> call(account::loginForm));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread[] signer = new Thread[1];
        CompletableFuture<Object> signing = CompletableFuture.supplyAsync(() -> {
            signer[0] = Thread.currentThread();
            return call(() -> account.login("reader1", "reader123".toCharArray(), 0, "", false, null));
        });
        Thread.State state = waitWhileRunnable(signer, held);
        assertThat(held.requests.get()).as("requests sent while the first form read is held").isEqualTo(1);
        assertThat(state).isEqualTo(Thread.State.BLOCKED);

        held.release.countDown();
        reading.get(10, TimeUnit.SECONDS);
        assertThat(signing.get(10, TimeUnit.SECONDS)).isInstanceOf(PostResult.Posted.class);
        assertThat(site.requests()).filteredOn(r -> r.url().contains(FORM)).hasSize(1);
    }

    /** Waits until the signing thread blocks, ends, or sends a request of its own (at most ten seconds). */
    private static Thread.State waitWhileRunnable(Thread[] signer, HeldFirstRequest held) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Thread t = signer[0];
            if (held.requests.get() > 1) {
                return t == null ? Thread.State.NEW : t.getState();
            }
            if (t != null && (t.getState() == Thread.State.BLOCKED || t.getState() == Thread.State.TERMINATED)) {
                return t.getState();
            }
            Thread.onSpinWait();
        }
        return signer[0] == null ? Thread.State.NEW : signer[0].getState();
    }

    private interface Call {
        Object run() throws IOException;
    }

    private static Object call(Call c) {
        try {
            return c.run();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the first request until released; counts every request. */
    private static final class HeldFirstRequest implements SiteConnection {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger requests = new AtomicInteger();
        private final SiteConnection site;

        HeldFirstRequest(SiteConnection site) {
            this.site = site;
        }

        private void arrive() throws IOException {
            if (requests.incrementAndGet() == 1) {
                entered.countDown();
                try {
                    if (!release.await(20, TimeUnit.SECONDS)) {
                        throw new IOException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }

        @Override
        public WebPage get(URI url) throws IOException {
            arrive();
            return site.get(url);
        }

        @Override
        public WebPage get(URI url, URI referer, boolean ajax) throws IOException {
            arrive();
            return site.get(url, referer, ajax);
        }

        @Override
        public byte[] bytes(URI url, URI referer) throws IOException {
            arrive();
            return site.bytes(url, referer);
        }

        @Override
        public FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
                throws IOException {
            arrive();
            return site.post(url, fields, charset, referer);
        }

        @Override
        public Optional<String> cookieEndingWith(String suffix) {
            return site.cookieEndingWith(suffix);
        }

        @Override
        public SiteConnection confinedToOrigin() {
            return this;
        }

        @Override
        public void clearCookies() throws IOException {
            site.clearCookies();
        }
    }
}
