package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;

/** The client was told to work offline ({@code --offline}): the request was not sent, nor kept to send later. */
public final class OfflineRefusal extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    public OfflineRefusal(String redactedUrl) {
        super("offline: not sent: " + redactedUrl);
    }
}
