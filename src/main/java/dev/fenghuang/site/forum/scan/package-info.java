/** A thread page read from its text, tag by tag, without jsoup's parser: the scan behind the forum's thread parser. */
package dev.fenghuang.site.forum.scan;
