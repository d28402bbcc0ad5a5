package dev.fenghuang.model.forum;

import java.util.List;

/**
 * A board as the forum index (or its parent's sub-board block) lists it. Built with {@link #builder(int)}.
 *
 * @param fid the board id; 0 when the site links the board by a domain of its own
 * @param name the board's name
 * @param description the description line, "" for none
 * @param today posts today (the number after the name)
 * @param threads threads (主题); on the index a parent counts its sub-boards in
 * @param posts posts (帖数), the same way
 * @param subBoards the sub-boards (子版块) the index names under it
 * @param moderators the board's moderators (版主), by name
 * @param lastPost the latest post; null for 从未, a private board or a link board
 * @param external whether it is a link to an outside address (链接到外部地址) rather than a board
 * @param unread whether the site marks it as having posts new since the last visit
 */
public record BoardSummary(int fid, String name, String description, int today, long threads, long posts,
                           List<BoardLink> subBoards, List<String> moderators, LastPost lastPost, boolean external,
                           boolean unread) {
    public BoardSummary {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        subBoards = List.copyOf(subBoards);
        moderators = List.copyOf(moderators);
    }

    public static Builder builder(int fid) {
        return new Builder(fid);
    }

    public Builder toBuilder() {
        return new Builder(fid).name(name).description(description).today(today).threads(threads).posts(posts)
                .subBoards(subBoards).moderators(moderators).lastPost(lastPost).external(external).unread(unread);
    }

    /** Collects a board's parts; everything but the id is optional. */
    public static final class Builder {
        private final int fid;
        private String name = "";
        private String description = "";
        private int today;
        private long threads;
        private long posts;
        private List<BoardLink> subBoards = List.of();
        private List<String> moderators = List.of();
        private LastPost lastPost;
        private boolean external;
        private boolean unread;

        private Builder(int fid) {
            this.fid = fid;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder today(int value) {
            today = value;
            return this;
        }

        public Builder threads(long value) {
            threads = value;
            return this;
        }

        public Builder posts(long value) {
            posts = value;
            return this;
        }

        public Builder subBoards(List<BoardLink> value) {
            subBoards = value;
            return this;
        }

        public Builder moderators(List<String> value) {
            moderators = value;
            return this;
        }

        public Builder lastPost(LastPost value) {
            lastPost = value;
            return this;
        }

        public Builder external(boolean value) {
            external = value;
            return this;
        }

        public Builder unread(boolean value) {
            unread = value;
            return this;
        }

        public BoardSummary build() {
            return new BoardSummary(fid, name, description, today, threads, posts, subBoards, moderators, lastPost,
                    external, unread);
        }
    }
}
