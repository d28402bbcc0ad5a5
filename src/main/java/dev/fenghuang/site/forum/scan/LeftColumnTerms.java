package dev.fenghuang.site.forum.scan;

import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.SiteText;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The {@code dt}/{@code dd} pairs of a post's left column read as {@link FloorScan} meets their tags, as
 * {@code FloorParser.LeftColumn} reads them from the tree: a {@code dd} right after a closed {@code dt} is its value,
 * and the values of 用户组 and 注册时间 are kept, the first of each.
 */
final class LeftColumnTerms {
    private final FloorScan post;
    private TextCapture pendingTerm;
    private TextCapture term;
    private int termDepth = -1;
    private TextCapture termOfValue;
    private TextCapture value;
    /** The 用户组 value, null for none. */
    String group;
    /** The 注册时间 value's date, null for none or one not read. */
    LocalDate joined;

    LeftColumnTerms(FloorScan post) {
        this.post = post;
    }

    /** An element opened at {@code depth}: a {@code dd} right after a closed term is its value. */
    void opened(String name, int depth) {
        if (term != null && depth == termDepth) {
            termOfValue = name.equals("dd") ? term : null;
            term = null;
            if (termOfValue != null) {
                value = post.capture(depth);
            }
        }
    }

    /** A {@code dt} opened at {@code depth} in the left column. */
    void termOpened(int depth) {
        term = null;
        termOfValue = null;
        pendingTerm = post.capture(depth);
    }

    /** A capture closed with its element at {@code depth}. */
    void closed(TextCapture done, int depth) {
        if (done == pendingTerm) {
            term = done;
            termDepth = depth;
            pendingTerm = null;
        } else if (done == value) {
            definitionValue();
        }
    }

    /** The element opened at {@code depth} closed: the term's parent closing ends the pair. */
    void elementClosed(int depth) {
        if (depth == termDepth - 1) {
            term = null;
        }
    }

    /** A {@code dd} after a {@code dt} closed: 用户组 or 注册时间, as {@code FloorParser.LeftColumn} reads them. */
    private void definitionValue() {
        String termText = post.text(termOfValue);
        if (group == null && termText.contains("用户组")) {
            group = SiteText.line(post.text(value));
        } else if (joined == null && termText.contains("注册时间")) {
            LocalDateTime at = DiscuzTime.absolute(post.text(value));
            joined = at == null ? null : at.toLocalDate();
        }
        value = null;
        termOfValue = null;
    }
}
