package dev.fenghuang.model.forum;

import java.util.List;

/**
 * One of the front-end thread tools (5.8 of the protocol reference, {@code forum.php?mod=topicadmin}), as a
 * moderator of the board uses them from the thread page.
 */
public sealed interface ThreadTool {

    /** The audit log's name of the action: {@code close-thread}, {@code delete-post} …. */
    String action();

    /** 关闭: no more replies. */
    record Close() implements ThreadTool {
        public String action() {
            return "close-thread";
        }
    }

    /** 打开: replies allowed again. */
    record Open() implements ThreadTool {
        public String action() {
            return "open-thread";
        }
    }

    /** 置顶 at a level: 0 解除, 1 本版, 2 分类, 3 全局 (administrators only). */
    record Stick(int level) implements ThreadTool {
        public Stick {
            if (level < 0 || level > 3) {
                throw new IllegalArgumentException("stick level 0-3, not " + level);
            }
        }

        public String action() {
            return "stick-thread";
        }
    }

    /** 精华 at a level: 0 解除, 1–3. */
    record Digest(int level) implements ThreadTool {
        public Digest {
            if (level < 0 || level > 3) {
                throw new IllegalArgumentException("digest level 0-3, not " + level);
            }
        }

        public String action() {
            return "digest-thread";
        }
    }

    /** 移动 to another board. */
    record Move(int fid) implements ThreadTool {
        public String action() {
            return "move-thread";
        }
    }

    /** 删除 posts of the thread (selecting the first post deletes the thread). */
    record DeletePosts(List<Long> pids) implements ThreadTool {
        public DeletePosts {
            pids = List.copyOf(pids);
        }

        public String action() {
            return "delete-post";
        }
    }

    /** 屏蔽 posts of the thread, or lift the ban (解除屏蔽). */
    record BanPosts(List<Long> pids, boolean ban) implements ThreadTool {
        public BanPosts {
            pids = List.copyOf(pids);
        }

        public String action() {
            return ban ? "ban-post" : "unban-post";
        }
    }
}
