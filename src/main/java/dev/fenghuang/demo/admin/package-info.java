/** The demo portal's admin panel: its gate and sessions, the comment queue and comment search. */
package dev.fenghuang.demo.admin;
