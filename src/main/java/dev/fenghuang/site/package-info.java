/** The Discuz! X site adapter: the only code that knows Discuz URLs and markup, turning pages into model records. */
package dev.fenghuang.site;
