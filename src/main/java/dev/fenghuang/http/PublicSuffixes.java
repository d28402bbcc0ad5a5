package dev.fenghuang.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * HttpClient's. Matchers are kept for the last {@value #KEPT} sets of names.
 */
final class PublicSuffixes {
    /** Where HttpClient keeps the list (read by {@link PublicSuffixMatcherLoader#getDefault()}). */
    static final String LIST = "/org/publicsuffix/list/effective_tld_names.dat";
    private static final int KEPT = 32;
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
        StringBuilder rules = new StringBuilder();
        try (InputStream in = PublicSuffixMatcherLoader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("no public suffix list at " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("// ===") || mayApply(firstWord(line), forms)) {
                    rules.append(line).append('\n');
                }
            }
            return new PublicSuffixMatcher(
                    new PublicSuffixListParser().parseByType(new StringReader(rules.toString())));
        } catch (IOException e) {
            throw new IllegalStateException("the public suffix list could not be read", e);
        }
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
