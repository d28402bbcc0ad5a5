package dev.fenghuang.model.forum;

/** What a thread row's attachment icon says: none, an image among the attachments, or files only. */
public enum AttachmentMark {
    NONE,
    IMAGE,
    FILE
}
