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
