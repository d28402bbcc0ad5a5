package dev.fenghuang.http;

import java.nio.file.Path;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;

/**
 * A process of its own that saves one cookie to a cookie file, as a reader does when a site sets one, for
 * {@link CookieFileTest}. Arguments: the cookie file.
 */
public final class CookieSaveProcess {
    private CookieSaveProcess() {
    }

    public static void main(String[] args) throws Exception {
        CookieFile jar = CookieFile.open(Path.of(args[0]));
        BasicClientCookie c = new BasicClientCookie("Ab3x_2132_saltkey", "abcdefgh");
        c.setDomain("127.0.0.1");
        c.setPath("/");
        c.setAttribute("domain", "127.0.0.1");
        jar.addCookie(c);
        jar.flush();
    }
}
