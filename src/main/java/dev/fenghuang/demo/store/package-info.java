/** The demo portal's state: content, members, sessions, favourites, reactions, limits and the held comments. */
package dev.fenghuang.demo.store;
