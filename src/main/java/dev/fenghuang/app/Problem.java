package dev.fenghuang.app;

import dev.fenghuang.http.DeadlineExceeded;
import dev.fenghuang.http.PageTooLarge;
import dev.fenghuang.http.RedirectRefused;
import dev.fenghuang.http.RequestCancelled;
import dev.fenghuang.http.UndeclaredCharsetException;
import dev.fenghuang.http.UntrustedCertificate;
import dev.fenghuang.model.ForeignSite;
import dev.fenghuang.model.SafeText;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.site.write.WriteTexts;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * A failure as a person should read it: one line, and the exit code a command ends with.
 *
 * @param message one line, in the site's own words where the site said something
 * @param exitCode 1 for every failure to get what was asked, {@value #SIGN_IN_FIRST} when the site asks to sign in
 *     first (请先登录, as a refused write is told); usage errors are picocli's 2
 */
public record Problem(String message, int exitCode) {
    /** The exit code of a site that asks to sign in first (README's table). */
    public static final int SIGN_IN_FIRST = 4;

    /** The exit code of a run offline that lacks a page the store does not hold, or refused to send a write. */
    public static final int OFFLINE = 6;

    /** True when the failure is a request refused before it left because the client works offline. */
    public static boolean notSentOffline(Throwable error) {
        return unwrap(error) instanceof dev.fenghuang.http.OfflineRefusal;
    }

    /** True when the failure means the site could not be reached, or was not asked because the client works offline. */
    public static boolean siteUnreachable(Throwable error) {
        return unwrap(error) instanceof IOException io && dev.fenghuang.http.Unreachable.is(io);
    }

    /** The problem in English (logs, and callers without a language). */
    public static Problem of(Throwable error) {
        return of(error, Texts.forLanguage("en"));
    }

    /** The problem in the user's language; the site's own words stay as the site wrote them. */
    public static Problem of(Throwable error, Texts texts) {
        Throwable e = unwrap(error);
        if (e instanceof dev.fenghuang.model.UnencodableText unencodable) {
            return new Problem(oneLine(texts.get("problem.unencodable", unencodable.charset(),
                    String.join(" ", unencodable.characters()))), 2); // checked here, nothing sent: an input error
        }
        if (e instanceof dev.fenghuang.cache.NotStored missing && missing.storeTrouble().isPresent()) {
            return new Problem(oneLine(texts.get("offline.storeUnusable", describe(missing.key(), texts),
                    missing.storeTrouble().get())), OFFLINE);
        }
        if (e instanceof dev.fenghuang.store.SyncLedger.NotKept notKept) {
            return new Problem(oneLine(texts.get("sync.notKept", describe(notKept.page(), texts))), 1);
        }
        if (e instanceof dev.fenghuang.cache.NotStored missing) {
            return new Problem(oneLine(texts.get("offline.notStored", describe(missing.key(), texts))),
                    OFFLINE);
        }
        if (e instanceof dev.fenghuang.http.OfflineRefusal) {
            return new Problem(oneLine(texts.get("offline.notSent")), OFFLINE);
        }
        if (e instanceof SiteRefused refused && WriteTexts.needsLogin(refused.siteMessage())) {
            return new Problem(oneLine(text(e, texts)), SIGN_IN_FIRST);
        }
        return new Problem(oneLine(text(e, texts)), 1);
    }

    /** The page a cache key names, in the user's language: "article 70 page 1", "文章 70 第 1 页". */
    static String describe(dev.fenghuang.cache.CacheKey key, Texts texts) {
        String what = texts.get("store.what." + key.kind().name().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(key.id()));
        return key.page() > 0 ? texts.get("store.what.page", what, String.valueOf(key.page())) : what;
    }

    private static String text(Throwable e, Texts texts) {
        if (e instanceof Participation.OutcomeUnknown) {
            return texts.get("problem.outcomeUnknown");
        }
        if (e instanceof ForeignSite foreign) {
            return texts.get(foreign.downgrade() ? "problem.foreignSite.downgrade" : "problem.foreignSite",
                    foreign.foreign(), foreign.site());
        }
        if (e instanceof SiteRefused refused) {
            return texts.get("problem.siteSays", SiteWords.of(refused.siteMessage(), texts));
        }
        if (e instanceof UnexpectedPage || e instanceof UndeclaredCharsetException) {
            return clean(e.getMessage());
        }
        String limit = limitText(e, texts);
        if (limit != null) {
            return limit;
        }
        if (e instanceof UnknownHostException) {
            return texts.get("problem.unknownHost", clean(e.getMessage()));
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return texts.get("problem.connect", clean(e.getMessage()));
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return texts.get("problem.timeout");
        }
        if (e instanceof FileGuard.UnsafeStateFile) {
            return clean(e.getMessage());
        }
        if (e instanceof SSLException) {
            return texts.get("problem.tls", clean(e.getMessage()));
        }
        if (e instanceof IOException) {
            return texts.get("problem.network", clean(e.getMessage()));
        }
        if (e instanceof IllegalArgumentException) {
            return clean(e.getMessage());
        }
        return texts.get("problem.internal", String.valueOf(e));
    }

    /** The HTTP layer's own refusals: a deadline, a size cap, a cancel, a redirect, a certificate. */
    private static String limitText(Throwable e, Texts texts) {
        if (e instanceof PageTooLarge tooLarge) {
            return texts.get("problem.tooLarge", String.valueOf(tooLarge.limitMegabytes()));
        }
        if (e instanceof DeadlineExceeded deadline) {
            return texts.get("problem.deadline", String.valueOf(Math.max(1, deadline.deadline().toSeconds())));
        }
        if (e instanceof RequestCancelled) {
            return texts.get("problem.cancelled");
        }
        if (e instanceof RedirectRefused redirect) {
            return texts.get(redirect.reason() == RedirectRefused.Reason.LOOP ? "problem.redirectLoop"
                    : "problem.redirectDowngrade", redirect.location());
        }
        if (e instanceof UntrustedCertificate untrusted) {
            return texts.get("problem.untrusted", untrusted.host());
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.io.UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String clean(String s) {
        return s == null ? "(no details)" : s;
    }

    /**
     * One line through the one sanitizer: exception texts quote the site (headers, reason phrases, chunk headers,
     * redirect targets), so no escape sequence, control or format character of theirs may reach a terminal.
     */
    private static String oneLine(String s) {
        return SafeText.strip(s).replaceAll("\\s*\\n+\\s*", " ").replace('\t', ' ').strip();
    }
}
