/** Discuz page vocabulary shared by every reader and writer: CSS queries, ids, URLs, times, pagers, messages, safe text. */
package dev.fenghuang.site.markup;
