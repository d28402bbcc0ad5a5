/** Command-line option types, converters and where secrets and texts come from. */
package dev.fenghuang.cli.option;
