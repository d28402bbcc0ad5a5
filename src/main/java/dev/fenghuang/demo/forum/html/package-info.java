/** What every demo forum page is written with: the frame, escaping, times, message texts, BBCode, rights. */
package dev.fenghuang.demo.forum.html;
