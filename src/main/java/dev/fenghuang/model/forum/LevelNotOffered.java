package dev.fenghuang.model.forum;

import java.io.IOException;
import java.util.List;

/**
 * The thread tools' popup does not offer the stick or digest level asked for (a super moderator may not stick
 * globally, say): the tool was not sent.
 */
public final class LevelNotOffered extends IOException {
    private static final long serialVersionUID = 1L;

    private final int level;
    private final transient List<Integer> offered;

    public LevelNotOffered(int level, List<Integer> offered) {
        super("level " + level + " is not offered here; the thread tools offer " + join(offered));
        this.level = level;
        this.offered = List.copyOf(offered);
    }

    public int level() {
        return level;
    }

    /** The levels the popup's list offers, in its order. */
    public List<Integer> offered() {
        return offered;
    }

    /** "0, 1, 2". */
    public static String join(List<Integer> levels) {
        return String.join(", ", levels.stream().map(String::valueOf).toList());
    }
}
