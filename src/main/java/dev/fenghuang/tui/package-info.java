/** The full-screen terminal reader: Lanterna screens drawn from layouts computed off the drawing path. */
package dev.fenghuang.tui;
