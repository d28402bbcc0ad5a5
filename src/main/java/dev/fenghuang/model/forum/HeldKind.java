package dev.fenghuang.model.forum;

/** Which forum queue: new threads (审核新主题) or new replies (审核新回复). */
public enum HeldKind {
    THREAD, REPLY
}
