/** The forum side of the Discuz! X adapter: forum URLs, the index, board and thread page parsers, and their reading. */
package dev.fenghuang.site.forum;
