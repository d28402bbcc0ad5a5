package dev.fenghuang.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.psl.PublicSuffixListParser;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

/**
 * HttpClient's public suffix list ("co.uk", "github.io": names under which anyone may register), asked about a few
 * names at a time instead of held whole. HttpClient's own matcher keeps all ~9,000 rules in hash maps: about 1 MB of
 * a reader's 9 MB of live heap, and ~45 ms of CPU to parse at the first request, for a client that meets a handful of
 * cookie domains and certificate names. Here the list is read again for names not seen yet, and only the rules that
 * could apply to them (their suffixes, as written or in Unicode) go to HttpClient's matcher, so each answer is
 * HttpClient's. Matchers are kept for the last {@value #KEPT} sets of names. The list is scanned as the bytes it is
 * read in, a line compared where it lies: it is read on the way to a reader's first frame (the first request's
 * cookies), where a string or two a line were ~2 MB of garbage, a young collection or two.
 */
final class PublicSuffixes {
    /** Where HttpClient keeps the list (read by {@link PublicSuffixMatcherLoader#getDefault()}). */
    static final String LIST = "/org/publicsuffix/list/effective_tld_names.dat";
    private static final int KEPT = 32;
    /** The lines that start the list's sections, which HttpClient's parser reads to tell ICANN's from private rules. */
    private static final byte[] HEADING = "// ===".getBytes(StandardCharsets.US_ASCII);
    /** The one the client's cookies and certificate checks share. */
    static final PublicSuffixes SHARED = new PublicSuffixes();

    private final Map<List<String>, PublicSuffixMatcher> matchers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, PublicSuffixMatcher> eldest) {
            return size() > KEPT;
        }
    };

    /** HttpClient's matcher, holding the rules that can apply to {@code names} (each one answers as the full list). */
    synchronized PublicSuffixMatcher forNames(Collection<String> names) {
        return matchers.computeIfAbsent(List.copyOf(names), PublicSuffixes::read);
    }

    private static PublicSuffixMatcher read(List<String> names) {
        List<String> forms = new ArrayList<>();
        for (String name : names) {
            String plain = (name.startsWith(".") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
            forms.add(plain);
            forms.add(HostNames.toUnicode(plain, IDN.ALLOW_UNASSIGNED));
        }
        List<byte[]> formBytes = new ArrayList<>(forms.size());
        for (String form : forms) {
            formBytes.add(form.getBytes(StandardCharsets.UTF_8));
        }
        byte[] list;
        try (InputStream in = PublicSuffixMatcherLoader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("no public suffix list at " + LIST);
            }
            list = readWhole(in);
        } catch (IOException e) {
            throw new IllegalStateException("the public suffix list could not be read", e);
        }
        ByteArrayOutputStream rules = new ByteArrayOutputStream();
        for (int start = 0; start < list.length; ) {
            int end = lineEnd(list, start);
            if (startsWith(list, start, end, HEADING) || mayApply(list, start, end, forms, formBytes)) {
                rules.write(list, start, end - start);
                rules.write('\n');
            }
            start = next(list, end);
        }
        try {
            return new PublicSuffixMatcher(new PublicSuffixListParser()
                    .parseByType(new StringReader(rules.toString(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new IllegalStateException("the public suffix list could not be read", e);
        }
    }

    /**
     * The whole stream, in one array of its size when the stream knows it (a jar's entry, stored or deflated, says
     * how much is left), where reading to the end would fill buffers and copy them into one more.
     */
    private static byte[] readWhole(InputStream in) throws IOException {
        byte[] whole = new byte[Math.max(in.available(), 0)];
        int read = in.readNBytes(whole, 0, whole.length);
        byte[] rest = in.readAllBytes();
        if (read == whole.length && rest.length == 0) {
            return whole;
        }
        byte[] all = Arrays.copyOf(whole, read + rest.length);
        System.arraycopy(rest, 0, all, read, rest.length);
        return all;
    }

    /** Where the line from {@code start} ends, as {@link java.io.BufferedReader#readLine} ends it: before CR, LF or both. */
    private static int lineEnd(byte[] list, int start) {
        int i = start;
        while (i < list.length && list[i] != '\n' && list[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Where the line after the one ending at {@code end} starts. */
    private static int next(byte[] list, int end) {
        if (end < list.length && list[end] == '\r' && end + 1 < list.length && list[end + 1] == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static boolean startsWith(byte[] list, int start, int end, byte[] prefix) {
        return end - start >= prefix.length && Arrays.equals(list, start, start + prefix.length, prefix, 0,
                prefix.length);
    }

    /**
     * Whether the rule on the line {@code [start, end)} may apply to one of the forms, read from the bytes: a line of
     * ASCII with no capital letter (nearly all) is compared as it is; any other line is decoded and lower-cased as
     * before, so that both ways take the same rules.
     */
    private static boolean mayApply(byte[] list, int start, int end, List<String> forms, List<byte[]> formBytes) {
        int from = start;
        while (from < end && list[from] >= 0 && isAsciiWhitespace(list[from])) {
            from++;
        }
        int to = from;
        while (to < end && list[to] >= 0 && !isAsciiWhitespace(list[to])) {
            if (list[to] >= 'A' && list[to] <= 'Z') {
                return mayApply(firstWord(new String(list, start, end - start, StandardCharsets.UTF_8)), forms);
            }
            to++;
        }
        if (to < end && list[to] < 0) { // a byte of a character beyond ASCII
            return mayApply(firstWord(new String(list, start, end - start, StandardCharsets.UTF_8)), forms);
        }
        if (to == from || to - from >= 2 && list[from] == '/' && list[from + 1] == '/') {
            return false;
        }
        if (list[from] == '!') {
            from++;
        } else if (to - from >= 2 && list[from] == '*' && list[from + 1] == '.') {
            from += 2;
        }
        int length = to - from;
        for (byte[] form : formBytes) {
            int at = form.length - length;
            if (at >= 0 && (at == 0 || form[at - 1] == '.')
                    && Arrays.equals(form, at, form.length, list, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isWhitespace} of an ASCII character. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b >= 0x09 && b <= 0x0D || b >= 0x1C && b <= 0x1F;
    }

    /** The rule on a line of the list: HttpClient's parser reads up to the first white space. */
    private static String firstWord(String line) {
        String rule = line.strip();
        for (int i = 0; i < rule.length(); i++) {
            if (Character.isWhitespace(rule.charAt(i))) {
                return rule.substring(0, i);
            }
        }
        return rule;
    }

    /** Whether a rule of the list ("uk", "*.ck", "!www.ck") names one of the forms or a suffix of one, by labels. */
    private static boolean mayApply(String rule, List<String> forms) {
        if (rule.isEmpty() || rule.startsWith("//")) {
            return false;
        }
        String name = rule.startsWith("!") ? rule.substring(1) : rule.startsWith("*.") ? rule.substring(2) : rule;
        name = name.toLowerCase(Locale.ROOT);
        for (String form : forms) {
            if (form.equals(name) || form.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }
}
