/** How commands print: text and JSON views, safe output, write outcomes. */
package dev.fenghuang.cli.output;
