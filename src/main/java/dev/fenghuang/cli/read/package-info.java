/** Reading commands: sections, list, read, comments, whoami. */
package dev.fenghuang.cli.read;
