/** Taking-part commands: login, logout, comment, react, favourite. */
package dev.fenghuang.cli.write;
