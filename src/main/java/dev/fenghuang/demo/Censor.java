package dev.fenghuang.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The demo site's censor list (词语过滤). Words marked 需要审核 hold a comment for moderation (status 1,
 * still answered {@code 操作成功 }): {@value #MODERATED_TEST}, 待审词. Words marked 禁止 refuse it with
 * {@code word_banned}: {@value #BANNED_TEST}, 违禁广告.
 */
public final class Censor {
    public static final String MODERATED_TEST = "审核测试";
    public static final String BANNED_TEST = "禁词测试";
    private static final List<String> MODERATED = List.of(MODERATED_TEST, "待审词");
    private static final List<String> BANNED = List.of(BANNED_TEST, "违禁广告");

    private Censor() {
    }

    public static boolean banned(String text) {
        return BANNED.stream().anyMatch(text::contains);
    }

    public static boolean moderated(String text) {
        return MODERATED.stream().anyMatch(text::contains);
    }

    /** The text with every listed word wrapped in {@code <span style="color: red;">}, as the queue shows them (5.4). */
    public static String highlight(String html) {
        String marked = html;
        for (String word : Stream.concat(MODERATED.stream(), BANNED.stream()).toList()) {
            marked = marked.replace(word, "<span style=\"color: red;\">" + word + "</span>");
        }
        return marked;
    }
}
