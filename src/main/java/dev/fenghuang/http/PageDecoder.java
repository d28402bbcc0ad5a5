package dev.fenghuang.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a response body into text: the charset comes from the {@code Content-Type} header, else from the page
 * itself ({@code <meta charset>}, {@code http-equiv}, Discuz's {@code charset = '…'} head script, an XML prolog).
 * GBK and GB2312 are decoded as GB18030, their superset. Decoding is lenient: bytes the charset cannot read
 * become U+FFFD rather than an error, since sites store mis-encoded text (a UTF-8 comment on a GBK site).
 */
public final class PageDecoder {
    /** How far into the body a declaration is looked for. */
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern BODY_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)"
                    + "|\\bcharset\\s*=\\s*'([\\w.:-]+)'"
                    + "|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");

    private PageDecoder() {
    }

    /** The result of decoding: the text, the charset used, and whether the response declared it. */
    public record Decoded(String text, Charset charset, boolean declared) {
    }

    /**
     * Decodes a body.
     *
     * @param body the raw bytes
     * @param contentTypeHeader the {@code Content-Type} header or null
     * @param override a charset that wins over every declaration, if the user set one
     * @throws UndeclaredCharsetException when nothing declares a charset and the bytes are not UTF-8
     */
    public static Decoded decode(byte[] body, String contentTypeHeader, Optional<Charset> override)
            throws UndeclaredCharsetException {
        if (override.isPresent()) {
            return new Decoded(new String(body, forDecoding(override.get())), override.get(), true);
        }
        Optional<Charset> declared = fromHeader(contentTypeHeader).or(() -> fromBody(body));
        if (declared.isPresent()) {
            return new Decoded(new String(body, forDecoding(declared.get())), declared.get(), true);
        }
        if (isUtf8(body)) {
            return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        throw new UndeclaredCharsetException();
    }

    static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charsetNamed(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> fromBody(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = BODY_CHARSET.matcher(head);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    Optional<Charset> cs = charsetNamed(m.group(g));
                    if (cs.isPresent()) {
                        return cs;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A charset by the name a site uses, or empty when Java does not know it. */
    public static Optional<Charset> charsetNamed(String name) {
        try {
            return Optional.of(Charset.forName(name.trim().toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** GBK and GB2312 pages are read as GB18030, which contains both and the characters browsers accept. */
    static Charset forDecoding(Charset declared) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        if (name.equals("gbk") || name.equals("gb2312") || name.equals("x-gbk") || name.equals("euc-cn")) {
            return Charset.forName("GB18030");
        }
        return declared;
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
