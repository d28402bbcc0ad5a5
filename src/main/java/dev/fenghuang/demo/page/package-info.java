/** The demo portal's pages as Discuz X3.5 prints them: chrome, pagers, index, lists, articles, comments. */
package dev.fenghuang.demo.page;
