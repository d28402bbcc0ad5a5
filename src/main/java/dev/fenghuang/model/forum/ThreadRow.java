package dev.fenghuang.model.forum;

import dev.fenghuang.model.Person;
import java.time.LocalDateTime;

/**
 * One thread in a board's list. Built with {@link #builder(long)}.
 *
 * @param tid the thread id; for a moved thread's stub, the id of the thread it moved to
 * @param subject the subject
 * @param type the thread type (主题分类) shown before the subject; null for none
 * @param stickyLevel 0 for a normal thread, 1 本版置顶, 2 分类置顶, 3 全局置顶
 * @param digestLevel 0, or the digest (精华) level 1–3
 * @param closed whether the thread is closed (关闭) to replies
 * @param moved whether the row is the stub a moved thread (移动:) left behind
 * @param poll whether it is a poll (投票)
 * @param attachment what its attachment icon says
 * @param highlight the subject's highlight colour as the site writes it (e.g. {@code #EE1B2E}); "" for none
 * @param author who started it; uid 0 for 匿名
 * @param started when it was started, site local time; null if not shown
 * @param replies replies (回复), 点评 included as the site counts them
 * @param views views (查看)
 * @param pages pages of the thread as the in-thread page links show; 1 when there are none
 * @param lastPoster who posted last, by name
 * @param lastPostTime when, site local time; null if not shown
 * @param unread whether the site marks it as having new replies since the last visit
 */
public record ThreadRow(long tid, String subject, ThreadType type, int stickyLevel, int digestLevel, boolean closed,
                        boolean moved, boolean poll, AttachmentMark attachment, String highlight, Person author,
                        LocalDateTime started, long replies, long views, int pages, String lastPoster,
                        LocalDateTime lastPostTime, boolean unread) {
    public ThreadRow {
        subject = subject == null ? "" : subject;
        attachment = attachment == null ? AttachmentMark.NONE : attachment;
        highlight = highlight == null ? "" : highlight;
        author = author == null ? new Person(0, "") : author;
        pages = Math.max(1, pages);
        lastPoster = lastPoster == null ? "" : lastPoster;
    }

    public boolean sticky() {
        return stickyLevel > 0;
    }

    public boolean digest() {
        return digestLevel > 0;
    }

    public static Builder builder(long tid) {
        return new Builder(tid);
    }

    /** Collects a row's parts; everything but the id is optional. */
    public static final class Builder {
        private long tid;
        private String subject = "";
        private ThreadType type;
        private int stickyLevel;
        private int digestLevel;
        private boolean closed;
        private boolean moved;
        private boolean poll;
        private AttachmentMark attachment = AttachmentMark.NONE;
        private String highlight = "";
        private Person author;
        private LocalDateTime started;
        private long replies;
        private long views;
        private int pages = 1;
        private String lastPoster = "";
        private LocalDateTime lastPostTime;
        private boolean unread;

        private Builder(long tid) {
            this.tid = tid;
        }

        public Builder tid(long value) {
            tid = value;
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

        public Builder stickyLevel(int value) {
            stickyLevel = value;
            return this;
        }

        public Builder digestLevel(int value) {
            digestLevel = value;
            return this;
        }

        public Builder closed(boolean value) {
            closed = value;
            return this;
        }

        public Builder moved(boolean value) {
            moved = value;
            return this;
        }

        public Builder poll(boolean value) {
            poll = value;
            return this;
        }

        public Builder attachment(AttachmentMark value) {
            attachment = value;
            return this;
        }

        public Builder highlight(String value) {
            highlight = value;
            return this;
        }

        public Builder author(Person value) {
            author = value;
            return this;
        }

        public Builder started(LocalDateTime value) {
            started = value;
            return this;
        }

        public Builder replies(long value) {
            replies = value;
            return this;
        }

        public Builder views(long value) {
            views = value;
            return this;
        }

        public Builder pages(int value) {
            pages = value;
            return this;
        }

        public Builder lastPoster(String value) {
            lastPoster = value;
            return this;
        }

        public Builder lastPostTime(LocalDateTime value) {
            lastPostTime = value;
            return this;
        }

        public Builder unread(boolean value) {
            unread = value;
            return this;
        }

        public ThreadRow build() {
            return new ThreadRow(tid, subject, type, stickyLevel, digestLevel, closed, moved, poll, attachment,
                    highlight, author, started, replies, views, pages, lastPoster, lastPostTime, unread);
        }
    }
}
