/** A small Discuz! X3.5-compatible demo portal served from the jar, for tests and demonstrations. */
package dev.fenghuang.demo;
