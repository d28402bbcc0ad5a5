package dev.fenghuang.site.forum;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.site.markup.SiteText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The thread types (主题分类) a new-thread form offers in {@code select[name=typeid]} (4.5), and the choice of one
 * by id or name. Pure.
 */
final class ThreadTypes {
    private ThreadTypes() {
    }

    /** The type to send (null: leave the form's field as it is), or a refusal for a type the form does not offer. */
    record Choice(String typeid, PostResult refusal) {
    }

    static Choice choose(Element select, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return new Choice(null, null);
        }
        Map<String, String> offered = offered(select);
        String want = wanted.strip();
        for (Map.Entry<String, String> type : offered.entrySet()) {
            if (type.getKey().equals(want) || type.getValue().equals(want)) {
                return new Choice(type.getKey(), null);
            }
        }
        return new Choice(null, new PostResult.Refused(new SiteMessage("no thread type " + want + " on this board",
                Kind.NOT_OFFERED, Map.of("wanted", want, "offered", describe(offered)))));
    }

    /** The types offered, typeid to name, without the 选择主题分类 placeholder (value 0). */
    static Map<String, String> offered(Element select) {
        Map<String, String> types = new LinkedHashMap<>();
        if (select == null) {
            return types;
        }
        for (Element option : select.select("option")) {
            String value = option.attr("value").strip();
            if (value.matches("[1-9]\\d{0,9}")) {
                types.put(value, SiteText.of(option));
            }
        }
        return types;
    }

    private static final java.util.regex.Pattern REQUIRED = java.util.regex.Pattern.compile(
            "\\btyperequired\\s*=\\s*parseInt\\(\\s*'(\\d*)'\\s*\\)");

    /**
     * Whether the post page's script requires a type: {@code var typerequired = parseInt('1');}, as the Discuz X
     * template {@code forum/post.htm} writes the board's 必填 option for its own check before submitting.
     */
    static boolean required(Document page) {
        for (Element script : page.select("script")) {
            java.util.regex.Matcher m = REQUIRED.matcher(script.data());
            if (m.find()) {
                return !m.group(1).isEmpty() && Integer.parseInt(m.group(1).substring(0, Math.min(9,
                        m.group(1).length()))) > 0;
            }
        }
        return false;
    }

    /** The types a form offers, in its order. */
    static java.util.List<dev.fenghuang.model.forum.ThreadType> list(Element select) {
        return offered(select).entrySet().stream().map(e -> new dev.fenghuang.model.forum.ThreadType(
                Integer.parseInt(e.getKey()), e.getValue(), 0)).toList();
    }

    /** A required type not chosen: refused before sending, the types the form offers with it. */
    static PostResult notChosen(Element select) {
        return new PostResult.Refused(new SiteMessage(MISSING, Kind.NOT_OFFERED,
                Map.of("wanted", "", "offered", describe(offered(select)))));
    }

    /** post_sort_isnull, the site's words for a required type not chosen. */
    static final String MISSING = "抱歉，您尚未选择主题的类别";

    /** 抱歉，您尚未选择主题的类别 (post_sort_isnull / typeid required). */
    static boolean isMissing(SiteMessage m) {
        return m.text().contains("尚未选择主题的类别");
    }

    /**
     * The refusal with the types the form offered ({@code offered}: "4 失物招领, 5 …") and the flood lock the attempt
     * took ({@code floodctrl}: the site counts a refused type as a post, 7.34).
     */
    static SiteMessage missing(SiteMessage m, Document form) {
        Map<String, String> values = new LinkedHashMap<>(m.values());
        values.put("offered", describe(offered(form.selectFirst("select[name=typeid]"))));
        values.putIfAbsent("floodctrl", "15");
        return new SiteMessage(m.text(), m.kind(), values);
    }

    static String describe(Map<String, String> offered) {
        return offered.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
