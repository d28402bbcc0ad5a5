/** The terminal itself: job control, signals, input patterns, clipboard, browser and external editor. */
package dev.fenghuang.tui.term;
