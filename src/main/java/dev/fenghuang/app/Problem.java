package dev.fenghuang.app;

import dev.fenghuang.http.UndeclaredCharsetException;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
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
 * @param exitCode 1 for every failure to get what was asked; usage errors are picocli's 2
 */
public record Problem(String message, int exitCode) {

    public static Problem of(Throwable error) {
        Throwable e = unwrap(error);
        String text;
        if (e instanceof dev.fenghuang.model.UnencodableText unencodable) {
            return new Problem("the site's charset (" + unencodable.charset() + ") cannot carry "
                    + String.join(" ", unencodable.characters()) + "; change them and send again (your text is kept)", 3);
        }
        if (e instanceof Participation.OutcomeUnknown) {
            return new Problem(oneLine(e.getMessage()), 1);
        }
        if (e instanceof SiteRefused refused) {
            text = "the site says: " + refused.siteMessage().text();
        } else if (e instanceof UnexpectedPage || e instanceof UndeclaredCharsetException) {
            text = e.getMessage();
        } else if (e instanceof UnknownHostException) {
            text = "cannot find the site's host: " + e.getMessage();
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            text = "cannot connect to the site: " + clean(e.getMessage());
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            text = "the site did not answer in time";
        } else if (e instanceof SSLException) {
            text = "secure connection failed: " + clean(e.getMessage());
        } else if (e instanceof IOException) {
            text = "network error: " + clean(e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            text = clean(e.getMessage());
        } else {
            text = "internal error: " + e;
        }
        return new Problem(oneLine(text), 1);
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

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
