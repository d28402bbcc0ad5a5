/** The forum for the front ends: its pages read through the site, and what the reader keeps of it. */
package dev.fenghuang.app.forum;
