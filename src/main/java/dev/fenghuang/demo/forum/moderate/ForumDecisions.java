package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;

/**
 * What a queue decision does (5.7, 5.9): validate lists a held thread or shows a held reply; delete puts it in the
 * recycle bin; ignore keeps it hidden and moves it to the ignored list.
 */
final class ForumDecisions {
    /** The decision of one queue item. */
    enum Decision {
        VALIDATE, DELETE, IGNORE;

        static Decision of(String value) {
            return switch (value) {
                case "validate" -> VALIDATE;
                case "delete" -> DELETE;
                case "ignore" -> IGNORE;
                default -> null;
            };
        }
    }

    private ForumDecisions() {
    }

    static void decide(ForumThread thread, Decision decision, long now) {
        thread.state(switch (decision) {
            case VALIDATE -> ForumThread.LISTED;
            case DELETE -> ForumThread.RECYCLED;
            case IGNORE -> ForumThread.IGNORED;
        }, now);
    }

    static void decide(ForumPost post, Decision decision, long now) {
        post.state(switch (decision) {
            case VALIDATE -> ForumPost.VISIBLE;
            case DELETE -> ForumPost.RECYCLED;
            case IGNORE -> ForumPost.IGNORED;
        }, now);
    }
}
