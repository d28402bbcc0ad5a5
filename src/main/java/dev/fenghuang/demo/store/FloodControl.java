package dev.fenghuang.demo.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The 15-second flood limit of 3.5 #5: time of each member's last post; administrators are exempt. */
public final class FloodControl {
    public static final int SECONDS = 15;

    private final Map<Integer, Long> lastPost = new ConcurrentHashMap<>();

    /** Seconds the member must still wait, 0 when posting is allowed. */
    public int waitFor(SiteMember member, long now) {
        if (Members.group(member).administrator()) {
            return 0;
        }
        Long last = lastPost.get(member.uid());
        return last == null || now - last >= SECONDS ? 0 : (int) (SECONDS - (now - last));
    }

    public void posted(SiteMember member, long now) {
        lastPost.put(member.uid(), now);
    }
}
