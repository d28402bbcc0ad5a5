package dev.fenghuang.http;

import java.io.IOException;
import java.io.StringReader;
import java.net.IDN;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hc.client5.http.psl.PublicSuffixListParser;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

/**
 * HttpClient's public suffix list ("co.uk", "github.io": names under which anyone may register), asked about a few
 * names at a time instead of held whole. HttpClient's own matcher keeps all ~9,000 rules in hash maps: about 1 MB of
 * a reader's 9 MB of live heap, and ~45 ms of CPU to parse at the first request, for a client that meets a handful of
 * cookie domains and certificate names. Here the rules that could apply to names not seen yet (their suffixes, as
 * written or in Unicode) are looked up in the build's table of the list ({@link PublicSuffixIndex}) and only they go
 * to HttpClient's matcher, so each answer is HttpClient's. Matchers are kept for the last {@value #KEPT} sets of
 * names.
 */
final class PublicSuffixes {
    /** Where HttpClient keeps the list (read by {@link PublicSuffixMatcherLoader#getDefault()}). */
    static final String LIST = "/org/publicsuffix/list/effective_tld_names.dat";
    private static final int KEPT = 32;
    /** The one the client's cookies and certificate checks share. */
    static final PublicSuffixes SHARED = new PublicSuffixes(PublicSuffixIndex::load);

    private final Supplier<PublicSuffixIndex> index;
    private final Map<List<String>, PublicSuffixMatcher> matchers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, PublicSuffixMatcher> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * @param index the table the rules are looked up in, read again for each set of names not seen yet (it is not
     *              kept: a reader asks about a few names in a session)
     */
    PublicSuffixes(Supplier<PublicSuffixIndex> index) {
        this.index = index;
    }

    /** HttpClient's matcher, holding the rules that can apply to {@code names} (each one answers as the full list). */
    synchronized PublicSuffixMatcher forNames(Collection<String> names) {
        return matchers.computeIfAbsent(List.copyOf(names), this::read);
    }

    private PublicSuffixMatcher read(List<String> names) {
        List<String> forms = new ArrayList<>();
        for (String name : names) {
            String plain = (name.startsWith(".") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
            forms.add(plain);
            forms.add(HostNames.toUnicode(plain, IDN.ALLOW_UNASSIGNED));
        }
        try {
            return new PublicSuffixMatcher(new PublicSuffixListParser()
                    .parseByType(new StringReader(index.get().rulesFor(forms))));
        } catch (IOException e) {
            throw new IllegalStateException("the public suffix list could not be read", e);
        }
    }
}
