package dev.fenghuang.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Whether a failed request means the site could not be reached: its name not found, the connection refused or not
 * made in time, no answer in time, or not sent at all because the client works offline. An answer the site gave,
 * however bad (an error page, a refusal), is not one; nor is a request the user cancelled.
 */
public final class Unreachable {
    private Unreachable() {
    }

    public static boolean is(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OfflineRefusal || t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t instanceof ConnectTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
