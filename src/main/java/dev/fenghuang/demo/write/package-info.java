/** The demo portal's write endpoints: sign-in, comments, reactions, favourites, captcha. */
package dev.fenghuang.demo.write;
