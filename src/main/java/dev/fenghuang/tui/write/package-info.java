/** Writing from the reader: sign-in, captcha, the comment editor and sending. */
package dev.fenghuang.tui.write;
