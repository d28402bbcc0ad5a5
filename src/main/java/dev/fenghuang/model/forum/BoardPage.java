package dev.fenghuang.model.forum;

import java.util.List;

/**
 * One page of a board's thread list ({@code forum.php?mod=forumdisplay}). Built with {@link #builder(int)}.
 *
 * @param fid the board id
 * @param name the board's name
 * @param breadcrumb the categories and boards above it, outermost first, the board itself last
 * @param today posts today (今日)
 * @param threadCount the board's own threads (主题)
 * @param types the board's thread types (主题分类), in the site's order; empty when it has none or hides the bar
 * @param typeId the thread type the list is filtered on; 0 for all
 * @param digestOnly whether only digest (精华) threads are listed
 * @param order the order of the list
 * @param subBoards the sub-boards the page lists (page 1 of a parent)
 * @param threads the rows, sticky threads first
 * @param page the page number the pager shows (1-based)
 * @param pageCount the number of pages
 * @param pendingThreads how many of the viewer's own threads the page says wait for moderation (审核)
 */
public record BoardPage(int fid, String name, List<BoardLink> breadcrumb, int today, long threadCount,
                        List<ThreadType> types, int typeId, boolean digestOnly, ThreadOrder order,
                        List<BoardSummary> subBoards, List<ThreadRow> threads, int page, int pageCount,
                        int pendingThreads) {
    public BoardPage {
        name = name == null ? "" : name;
        breadcrumb = List.copyOf(breadcrumb);
        types = List.copyOf(types);
        order = order == null ? ThreadOrder.LAST_POST : order;
        subBoards = List.copyOf(subBoards);
        threads = List.copyOf(threads);
        page = Math.max(1, page);
        pageCount = Math.max(0, pageCount);
    }

    public static Builder builder(int fid) {
        return new Builder(fid);
    }

    public Builder toBuilder() {
        return new Builder(fid).name(name).breadcrumb(breadcrumb).today(today).threadCount(threadCount).types(types)
                .typeId(typeId).digestOnly(digestOnly).order(order).subBoards(subBoards).threads(threads).page(page)
                .pageCount(pageCount).pendingThreads(pendingThreads);
    }

    /** Collects a page's parts; everything but the id is optional. */
    public static final class Builder {
        private final int fid;
        private String name = "";
        private List<BoardLink> breadcrumb = List.of();
        private int today;
        private long threadCount;
        private List<ThreadType> types = List.of();
        private int typeId;
        private boolean digestOnly;
        private ThreadOrder order = ThreadOrder.LAST_POST;
        private List<BoardSummary> subBoards = List.of();
        private List<ThreadRow> threads = List.of();
        private int page = 1;
        private int pageCount = 1;
        private int pendingThreads;

        private Builder(int fid) {
            this.fid = fid;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder breadcrumb(List<BoardLink> value) {
            breadcrumb = value;
            return this;
        }

        public Builder today(int value) {
            today = value;
            return this;
        }

        public Builder threadCount(long value) {
            threadCount = value;
            return this;
        }

        public Builder types(List<ThreadType> value) {
            types = value;
            return this;
        }

        public Builder typeId(int value) {
            typeId = value;
            return this;
        }

        public Builder digestOnly(boolean value) {
            digestOnly = value;
            return this;
        }

        public Builder order(ThreadOrder value) {
            order = value;
            return this;
        }

        public Builder subBoards(List<BoardSummary> value) {
            subBoards = value;
            return this;
        }

        public Builder threads(List<ThreadRow> value) {
            threads = value;
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

        public Builder pendingThreads(int value) {
            pendingThreads = value;
            return this;
        }

        public BoardPage build() {
            return new BoardPage(fid, name, breadcrumb, today, threadCount, types, typeId, digestOnly, order,
                    subBoards, threads, page, pageCount, pendingThreads);
        }
    }
}
