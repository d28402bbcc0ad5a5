/** Taking part on the portal: forms, sign-in, comments, reactions, favourites, and how a write answer is read. */
package dev.fenghuang.site.write;
