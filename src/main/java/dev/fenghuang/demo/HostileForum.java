package dev.fenghuang.demo;

import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-content mode's forum: the {@link HostileSite#TEXT corpus} after every board's name and description,
 * thread type, thread subject, post subject and body, and every author's name, so the forum's lists, floors and quotes
 * carry the same escapes and format characters as the portal's pages. Rights follow uids, so signing in and
 * posting still work.
 */
final class HostileForum {
    private HostileForum() {
    }

    static void plant(ForumData data) {
        List<Board> boards = new ArrayList<>(data.categories());
        boards.addAll(data.allBoards());
        for (Board b : boards) {
            data.addBoard(new Board(b.fid(), b.gid(), b.parentFid(), b.name() + HostileSite.TEXT,
                    b.description() + HostileSite.TEXT,
                    b.types().stream().map(t -> new ThreadType(t.typeid(), t.name() + HostileSite.TEXT)).toList(),
                    b.typeRequired(), b.moderators(), b.subsOnIndex()));
        }
        for (ForumThread thread : data.threads()) {
            thread.retitle(thread.subject() + HostileSite.TEXT);
            thread.renameAuthor(thread.author().name() + HostileSite.TEXT);
            for (ForumPost post : thread.allPosts()) {
                String subject = post.subject().isEmpty() ? "" : post.subject() + HostileSite.TEXT;
                post.edit(subject, post.message() + "\n" + HostileSite.TEXT);
                post.renameAuthor(post.author().name() + HostileSite.TEXT);
            }
        }
    }
}
