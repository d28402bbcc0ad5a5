/** The forum from the command line: {@code forum}, {@code board} and {@code thread}, as text or JSON. */
package dev.fenghuang.cli.forum;
