package dev.fenghuang.demo.forum.state;

/** A thread type (主题分类) of a board. */
public record ThreadType(int typeid, String name) {
}
