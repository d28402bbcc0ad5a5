package dev.fenghuang.demo.forum;

/** A thread type (主题分类) of a board. */
record ThreadType(int typeid, String name) {
}
