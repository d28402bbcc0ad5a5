/** What the reader's screen sends the terminal, and how little of it a frame needs. */
package dev.fenghuang.tui.screen;
