package dev.fenghuang.model.forum;

/** Whether a floor's body can be read, and if not, why. */
public enum FloorState {
    /** An ordinary post. */
    NORMAL,
    /** Banned by a moderator (屏蔽); moderators still see the body, everyone else only the notice. */
    BANNED,
    /** Its author is banned or deleted, so the site hides the content (作者被禁止或删除 内容自动屏蔽). */
    AUTHOR_BANNED,
    /** Waiting for moderation (待审核): shown only on a moderator's view. */
    PENDING,
    /** Hidden from this viewer as a whole (此帖仅作者可见, 本帖为密码帖). */
    HIDDEN
}
