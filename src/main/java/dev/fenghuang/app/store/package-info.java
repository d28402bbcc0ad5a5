/** The application side of the lasting store: stale pages, offline reading, read marks, local search and export. */
package dev.fenghuang.app.store;
