package dev.fenghuang.model;

import java.io.IOException;

/**
 * The admin panel asked for the password again: its session was never opened or lapsed (30 minutes without an
 * admin request). Nothing of the request was done; enter the password again and repeat it.
 */
public final class AdminSessionExpired extends IOException {
    private static final long serialVersionUID = 1L;

    public AdminSessionExpired(String url) {
        super("the admin panel asks for the password again (" + url + ")");
    }
}
