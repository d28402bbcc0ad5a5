package dev.fenghuang.model.forum;

import java.util.List;

/**
 * One page of a thread ({@code forum.php?mod=viewthread}). Built with {@link #builder(long)}.
 *
 * @param tid the thread id
 * @param fid the board it is in; 0 if the page does not say
 * @param subject the subject (without the type and state markers)
 * @param type the thread type (主题分类) shown before the subject; null for none
 * @param breadcrumb the categories and boards above the thread, outermost first
 * @param views views (查看) as page 1 shows them; 0 on later pages
 * @param replies replies (回复) as page 1 shows them; 0 on later pages
 * @param closed whether the thread is closed (关闭)
 * @param awaitingModeration whether the thread itself waits for moderation (审核中: shown to its author only)
 * @param page the page number the pager shows (1-based)
 * @param pageCount the number of pages
 * @param authorFilter the member whose posts alone are shown (只看该作者); 0 for all floors
 * @param newestFirst whether the replies run newest first (倒序浏览)
 * @param floors the floors on this page in page order
 * @param moderatorTools whether the page offers the thread tools ({@code div#modmenu}, drawn for the board's
 *     moderators only, 5.8)
 */
public record ThreadPage(long tid, int fid, String subject, ThreadType type, List<BoardLink> breadcrumb, long views,
                         long replies, boolean closed, boolean awaitingModeration, int page, int pageCount,
                         long authorFilter, boolean newestFirst, List<Floor> floors,
                         boolean moderatorTools) {
    public ThreadPage {
        subject = subject == null ? "" : subject;
        breadcrumb = List.copyOf(breadcrumb);
        page = Math.max(1, page);
        pageCount = Math.max(0, pageCount);
        floors = List.copyOf(floors);
    }

    public static Builder builder(long tid) {
        return new Builder(tid);
    }

    public Builder toBuilder() {
        return new Builder(tid).fid(fid).subject(subject).type(type).breadcrumb(breadcrumb).views(views)
                .replies(replies).closed(closed).awaitingModeration(awaitingModeration).page(page)
                .pageCount(pageCount).authorFilter(authorFilter).newestFirst(newestFirst).floors(floors)
                .moderatorTools(moderatorTools);
    }

    /** Collects a page's parts; everything but the id is optional. */
    public static final class Builder {
        private final long tid;
        private int fid;
        private String subject = "";
        private ThreadType type;
        private List<BoardLink> breadcrumb = List.of();
        private long views;
        private long replies;
        private boolean closed;
        private boolean awaitingModeration;
        private int page = 1;
        private int pageCount = 1;
        private long authorFilter;
        private boolean newestFirst;
        private List<Floor> floors = List.of();
        private boolean moderatorTools;

        private Builder(long tid) {
            this.tid = tid;
        }

        public Builder fid(int value) {
            fid = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder type(ThreadType value) {
            type = value;
            return this;
        }

        public Builder breadcrumb(List<BoardLink> value) {
            breadcrumb = value;
            return this;
        }

        public Builder views(long value) {
            views = value;
            return this;
        }

        public Builder replies(long value) {
            replies = value;
            return this;
        }

        public Builder closed(boolean value) {
            closed = value;
            return this;
        }

        public Builder awaitingModeration(boolean value) {
            awaitingModeration = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder pageCount(int value) {
            pageCount = value;
            return this;
        }

        public Builder authorFilter(long value) {
            authorFilter = value;
            return this;
        }

        public Builder newestFirst(boolean value) {
            newestFirst = value;
            return this;
        }

        public Builder floors(List<Floor> value) {
            floors = value;
            return this;
        }

        public Builder moderatorTools(boolean value) {
            moderatorTools = value;
            return this;
        }

        public ThreadPage build() {
            return new ThreadPage(tid, fid, subject, type, breadcrumb, views, replies, closed, awaitingModeration,
                    page, pageCount, authorFilter, newestFirst, floors, moderatorTools);
        }
    }
}
