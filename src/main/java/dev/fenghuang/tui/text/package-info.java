/** Text for the screen: character widths, line breaking, styled lines, palette, scrolling text and pick lists. */
package dev.fenghuang.tui.text;
