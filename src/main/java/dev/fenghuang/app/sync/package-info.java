/** Fetching ahead into the store: {@code sync}'s plan, its politeness towards the site, and its progress. */
package dev.fenghuang.app.sync;
