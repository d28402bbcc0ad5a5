/** The demo forum's reading pages: index, board lists, thread pages, jumps, the printable view and search. */
package dev.fenghuang.demo.forum.read;
