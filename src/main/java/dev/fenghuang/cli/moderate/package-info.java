/** The mod command and its subcommands. */
package dev.fenghuang.cli.moderate;
