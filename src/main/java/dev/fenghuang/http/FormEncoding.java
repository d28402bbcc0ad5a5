package dev.fenghuang.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} in a given charset, as a browser submits a form of a page in it. */
final class FormEncoding {
    private FormEncoding() {
    }

    static byte[] encode(List<Map.Entry<String, String>> fields, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (Map.Entry<String, String> f : fields) {
            if (!first) {
                out.write('&');
            }
            first = false;
            write(out, URLEncoder.encode(f.getKey(), charset));
            out.write('=');
            write(out, URLEncoder.encode(f.getValue() == null ? "" : f.getValue(), charset));
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
