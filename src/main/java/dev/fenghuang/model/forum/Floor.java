package dev.fenghuang.model.forum;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One post of a thread as its floor (楼) shows it. Key floors by {@link #pid}: floor numbers are labels that move
 * when a reply is deleted and restart under 只看该作者. Built with {@link #builder(long)}.
 *
 * @param pid the post id
 * @param number the floor in the whole thread (1 for 楼主); 0 when the page cannot say (a filtered view, where the
 *     site numbers the author's posts from 1, or the empty number of the newest-first view)
 * @param label the floor's name as the page prints it: 楼主, 沙发, 板凳, 地板 or {@code N#}
 * @param author who wrote it
 * @param time when, site local time (relative times read as absolute); null if not shown
 * @param state whether the body can be read
 * @param notice the site's notice for a post not in {@link FloorState#NORMAL}, "" otherwise
 * @param edit the edit stamp (本帖最后由 …), null if the post was not edited
 * @param blocks the body in reading order
 * @param images the images the body refers to by number
 * @param attachments the attached files the body refers to by number
 * @param links the links the body's spans refer to by number
 */
public record Floor(long pid, int number, String label, PostAuthor author, LocalDateTime time, FloorState state,
                    String notice, EditNote edit, List<PostBlock> blocks, List<PostImage> images,
                    List<PostAttachment> attachments, List<PostLink> links) {
    public Floor {
        label = label == null ? "" : label;
        author = author == null ? new PostAuthor(0, "", "", null, false) : author;
        state = state == null ? FloorState.NORMAL : state;
        notice = notice == null ? "" : notice;
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
    }

    public static Builder builder(long pid) {
        return new Builder(pid);
    }

    public Builder toBuilder() {
        return new Builder(pid).number(number).label(label).author(author).time(time).state(state).notice(notice)
                .edit(edit).blocks(blocks).images(images).attachments(attachments).links(links);
    }

    /** Collects a floor's parts; everything but the pid is optional. */
    public static final class Builder {
        private final long pid;
        private int number;
        private String label = "";
        private PostAuthor author;
        private LocalDateTime time;
        private FloorState state = FloorState.NORMAL;
        private String notice = "";
        private EditNote edit;
        private List<PostBlock> blocks = List.of();
        private List<PostImage> images = List.of();
        private List<PostAttachment> attachments = List.of();
        private List<PostLink> links = List.of();

        private Builder(long pid) {
            this.pid = pid;
        }

        public Builder number(int value) {
            number = value;
            return this;
        }

        public Builder label(String value) {
            label = value;
            return this;
        }

        public Builder author(PostAuthor value) {
            author = value;
            return this;
        }

        public Builder time(LocalDateTime value) {
            time = value;
            return this;
        }

        public Builder state(FloorState value) {
            state = value;
            return this;
        }

        public Builder notice(String value) {
            notice = value;
            return this;
        }

        public Builder edit(EditNote value) {
            edit = value;
            return this;
        }

        public Builder blocks(List<PostBlock> value) {
            blocks = value;
            return this;
        }

        public Builder images(List<PostImage> value) {
            images = value;
            return this;
        }

        public Builder attachments(List<PostAttachment> value) {
            attachments = value;
            return this;
        }

        public Builder links(List<PostLink> value) {
            links = value;
            return this;
        }

        public Floor build() {
            return new Floor(pid, number, label, author, time, state, notice, edit, blocks, images, attachments,
                    links);
        }
    }
}
