package dev.fenghuang.http;

import java.io.IOException;

/** A page that names no charset anywhere and is not UTF-8: guessing would risk showing mojibake. */
public final class UndeclaredCharsetException extends IOException {
    private static final long serialVersionUID = 1L;

    public UndeclaredCharsetException() {
        super("the site declares no charset and the page is not UTF-8; set charset (e.g. gbk) in the site profile");
    }
}
