/** Pictures drawn in a text terminal: article images and captchas as Unicode half blocks, in the colours it has. */
package dev.fenghuang.tui.image;
