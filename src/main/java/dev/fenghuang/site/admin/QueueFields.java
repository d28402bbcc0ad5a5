package dev.fenghuang.site.admin;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueFilter;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The queue's form fields (5.4 of the protocol reference): the filter as the search box sends it, and a bulk
 * decision as the real site received it — {@code formhash}, {@code scrolltop}, {@code anchor}, {@code username},
 * {@code catid}, {@code keyword}, {@code tpp}, [{@code showcensor}], {@code filter}, {@code dateline}, one
 * {@code moderate[CID]} per comment, {@code modsubmit=提交}.
 */
final class QueueFields {
    private QueueFields() {
    }

    static List<Map.Entry<String, String>> decision(String formhash, QueueFilter f, Map<Long, Decision> decisions) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        add(out, "formhash", formhash);
        add(out, "scrolltop", "");
        add(out, "anchor", "");
        add(out, "username", f.articleAuthor());
        add(out, "catid", catid(f));
        add(out, "keyword", f.keyword());
        add(out, "tpp", Integer.toString(f.perPage()));
        if (f.showCensor()) {
            add(out, "showcensor", "yes");
        }
        add(out, "filter", tab(f));
        add(out, "dateline", dateline(f));
        decisions.forEach((cid, d) -> add(out, "moderate[" + cid + "]", value(d)));
        add(out, "modsubmit", "提交");
        return out;
    }

    static String tab(QueueFilter f) {
        return f.ignored() ? "ignore" : "normal";
    }

    static String dateline(QueueFilter f) {
        return switch (f.period()) {
            case WEEK -> "604800";
            case MONTH -> "2592000";
            case QUARTER -> "7776000";
            case ALL -> "all";
        };
    }

    static String catid(QueueFilter f) {
        return f.catid() > 0 ? Integer.toString(f.catid()) : "";
    }

    static String value(Decision d) {
        return switch (d) {
            case APPROVE -> "validate";
            case DELETE -> "delete";
            case IGNORE -> "ignore";
        };
    }

    private static void add(List<Map.Entry<String, String>> out, String name, String value) {
        out.add(new SimpleImmutableEntry<>(name, value));
    }
}
