package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Queries;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form as the site sent it, ready to submit the way a browser on that page would.
 *
 * @param action absolute URL the form posts to
 * @param fields its fields in page order (hidden inputs, text areas, the first submit button)
 * @param charset the charset of the page that held it: the bytes the site expects
 * @param page the page the form came from, sent as the Referer (same host and port)
 * @param captcha the form's captcha (seccode) hash, or null when it shows none
 * @param captchaModid the captcha's module id from the page, or null
 */
public record FormData(URI action, List<Map.Entry<String, String>> fields, Charset charset, URI page, String captcha,
                String captchaModid) {

    public FormData {
        fields = List.copyOf(fields);
    }

    /** The value of a field, or null. */
    public String get(String name) {
        for (Map.Entry<String, String> f : fields) {
            if (f.getKey().equals(name)) {
                return f.getValue();
            }
        }
        return null;
    }

    /** The form with a field set: replaced where it is, else appended. */
    public FormData with(String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(fields.size() + 1);
        boolean found = false;
        for (Map.Entry<String, String> f : fields) {
            if (f.getKey().equals(name) && !found) {
                out.add(new SimpleImmutableEntry<>(name, value));
                found = true;
            } else if (!f.getKey().equals(name)) {
                out.add(f);
            }
        }
        if (!found) {
            out.add(new SimpleImmutableEntry<>(name, value));
        }
        return new FormData(action, out, charset, page, captcha, captchaModid);
    }

    /** The form without any field of that name. */
    FormData without(String name) {
        List<Map.Entry<String, String>> out = new ArrayList<>(fields);
        out.removeIf(f -> f.getKey().equals(name));
        return new FormData(action, out, charset, page, captcha, captchaModid);
    }

    /** The form with a field added only when it has none of that name. */
    public FormData withDefault(String name, String value) {
        return get(name) == null ? with(name, value) : this;
    }

    /** The form sent with another Referer (null keeps the page it came from). */
    FormData withPage(URI referer) {
        return referer == null ? this : new FormData(action, fields, charset, referer, captcha, captchaModid);
    }

    /** The action with {@code inajax=1} (and {@code handlekey} when it names none), so the answer is XML. */
    URI ajaxAction(String handlekey) {
        String url = action.toString();
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        if (DiscuzUrls.param(url, "handlekey") == null && get("handlekey") == null) {
            url = Queries.append(url, "handlekey=" + handlekey);
        }
        if (DiscuzUrls.param(url, "inajax") == null) {
            url = Queries.append(url, "inajax=1");
        }
        return URI.create(url);
    }
}
