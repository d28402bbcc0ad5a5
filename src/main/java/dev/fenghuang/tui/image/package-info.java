/**
 * Pictures drawn in a text terminal: article images and captchas as Unicode half blocks, in the colours it has; and,
 * where the terminal answers the graphics query, both also as kitty graphics or sixel images over their half
 * blocks.
 */
package dev.fenghuang.tui.image;
