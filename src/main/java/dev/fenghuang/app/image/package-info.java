/** Pictures for the terminal: fetching within a budget, decoding and scaling, half-block rendering. */
package dev.fenghuang.app.image;
