package dev.fenghuang.site.admin;

import dev.fenghuang.model.Decision;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forum queues' URLs and form fields (5.7 of the protocol reference): {@code operation=threads|replies}, the
 * search box ({@code username}, {@code title}, {@code tpp}/{@code ppp}, {@code showcensor}, {@code filter},
 * {@code modfid}, {@code dateline=all}) and a bulk decision ({@code moderate[ID]}, the reason {@code pm_ID},
 * {@code modsubmit=提交}).
 */
final class ForumQueueFields {
    private ForumQueueFields() {
    }

    static String action(HeldKind kind) {
        return "admin.php?action=moderate&operation=" + (kind == HeldKind.THREAD ? "threads" : "replies");
    }

    /** One page as a GET; text values percent-encoded in the site charset. */
    static String list(HeldFilter f, int page, Charset charset) {
        return action(f.kind()) + "&page=" + Math.max(1, page) + "&filter=" + tab(f) + "&modfid=" + modfid(f)
                + "&username=" + URLEncoder.encode(f.author(), charset) + "&title=" + URLEncoder.encode(f.contains(), charset)
                + "&" + perPageName(f) + "=" + f.perPage() + "&showcensor=" + (f.showCensor() ? "yes" : "0")
                + "&dateline=all";
    }

    static List<Map.Entry<String, String>> decision(String formhash, HeldFilter f, Map<Long, Decision> decisions,
                                                    Map<Long, String> reasons) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        add(out, "formhash", formhash);
        add(out, "scrolltop", "");
        add(out, "anchor", "");
        add(out, "username", f.author());
        add(out, "title", f.contains());
        add(out, perPageName(f), Integer.toString(f.perPage()));
        if (f.showCensor()) {
            add(out, "showcensor", "yes");
        }
        add(out, "filter", tab(f));
        add(out, "modfid", modfid(f));
        add(out, "dateline", "all");
        decisions.forEach((id, d) -> {
            add(out, "moderate[" + id + "]", QueueFields.value(d));
            String reason = reasons.get(id);
            if (reason != null && !reason.isBlank()) {
                add(out, "pm_" + id, reason.strip());
            }
        });
        add(out, "modsubmit", "提交");
        return out;
    }

    private static String perPageName(HeldFilter f) {
        return f.kind() == HeldKind.THREAD ? "tpp" : "ppp";
    }

    private static String tab(HeldFilter f) {
        return f.ignored() ? "ignore" : "normal";
    }

    private static String modfid(HeldFilter f) {
        return f.fid() > 0 ? Integer.toString(f.fid()) : "all";
    }

    private static void add(List<Map.Entry<String, String>> out, String name, String value) {
        out.add(new SimpleImmutableEntry<>(name, value));
    }
}
