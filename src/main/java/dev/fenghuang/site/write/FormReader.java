package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.JsCall;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a form the way a browser would submit it: hidden and text inputs, checked boxes, text areas, selects and
 * the first named submit button, in page order; plus the captcha the form shows ({@code <span id="seccode_H">}
 * and the {@code updateseccode('H', …, 'MODID')} call of Discuz's loader script).
 */
public final class FormReader {
    private static final Pattern UPDATE_SECCODE = Pattern.compile("updateseccode\\s*\\(");
    private static final Pattern WORD = Pattern.compile("\\w+");

    private FormReader() {
    }

    /** Reads the form; an action that is no URL (a space, a {@code <} in it) is {@link UnexpectedPage}. */
    public static FormData read(Element form, URI page, Charset charset) throws UnexpectedPage {
        String raw = form.attr("action").replace("&amp;", "&").strip();
        URI action;
        try {
            action = raw.isEmpty() ? page : page.resolve(absolute(form, raw));
        } catch (IllegalArgumentException e) {
            throw new UnexpectedPage(page.toString(), "a form whose action is not a URL: " + SiteText.line(raw));
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        boolean button = false;
        for (Element e : form.select("input[name], textarea[name], select[name], button[name]")) {
            String name = e.attr("name");
            String tag = e.normalName();
            if (tag.equals("button")) {
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                if (!button && (type.isEmpty() || type.equals("submit"))) {
                    fields.add(new SimpleImmutableEntry<>(name, e.attr("value")));
                    button = true;
                }
            } else if (tag.equals("textarea")) {
                fields.add(new SimpleImmutableEntry<>(name, e.wholeText()));
            } else if (tag.equals("select")) {
                Element chosen = e.selectFirst("option[selected]");
                chosen = chosen != null ? chosen : e.selectFirst("option");
                fields.add(new SimpleImmutableEntry<>(name, chosen == null ? "" : optionValue(chosen)));
            } else if (isSent(e)) {
                fields.add(new SimpleImmutableEntry<>(name, e.attr("value")));
            }
        }
        String[] captcha = captcha(form);
        return new FormData(action, fields, charset, page, captcha[0], captcha[1]);
    }

    private static String absolute(Element form, String raw) {
        String abs = form.absUrl("action");
        return abs.isEmpty() ? raw : abs.replace("&amp;", "&");
    }

    private static boolean isSent(Element input) {
        String type = input.attr("type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "submit", "image", "button", "reset", "file" -> false;
            case "checkbox", "radio" -> input.hasAttr("checked");
            default -> true;
        };
    }

    static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }

    /** {hash, modid} of the captcha the form shows; nulls when it shows none. */
    static String[] captcha(Element form) {
        String html = form.outerHtml();
        Matcher call = UPDATE_SECCODE.matcher(html);
        if (call.find()) {
            List<String> args = JsCall.at(html, call.end() - 1).strings();
            if (!args.isEmpty() && WORD.matcher(args.get(0)).matches()) {
                return new String[] {args.get(0), args.size() > 2 ? args.get(2) : null};
            }
        }
        Element span = form.selectFirst("span[id^=seccode_]");
        if (span != null) {
            String hash = span.id().substring("seccode_".length());
            if (WORD.matcher(hash).matches()) {
                return new String[] {hash, null};
            }
        }
        return new String[] {null, null};
    }
}
