/**
 * The demo portal's forum (论坛): boards, threads and floors, posting, and the forum's moderation, as X3.5 serves
 * them (protocol reference 4.1–4.10, 5.7–5.9). {@link dev.fenghuang.demo.forum.seed.SeedThreads} plants the sample site's
 * forum; {@link dev.fenghuang.demo.forum.ForumRoutes} answers {@code forum.php}:
 *
 * <ul>
 * <li>{@code forum.php}, {@code ?gid=1}; {@code ?mod=forumdisplay&fid=F[&page&filter&orderby&typeid&digest]};
 *     {@code ?mod=viewthread&tid=T[&page&authorid&ordertype=1&modthreadkey&action=printable]};
 *     {@code ?mod=redirect} ({@code goto=findpost&ptid&pid}, {@code ptid&postno}, {@code tid&goto=lastpost});</li>
 * <li>{@code ?mod=post&action=reply|newthread|edit} (fast, popup and full forms), {@code ?mod=misc&action=comment}
 *     and {@code ?mod=post&action=reply&comment=yes} (点评);</li>
 * <li>{@code ?mod=topicadmin&action=moderate|delpost|banpost} (5.8), {@code ?mod=modcp} (5.9);</li>
 * <li>beside them: {@link dev.fenghuang.demo.forum.write.ThreadFavoriteRoutes} on {@code home.php} (4.8),
 *     {@link dev.fenghuang.demo.forum.read.ForumSearchRoutes} on {@code search.php?mod=forum} (4.9) and
 *     {@link dev.fenghuang.demo.forum.moderate.ForumQueues} on {@code admin.php?action=moderate&operation=threads|replies}
 *     (5.7).</li>
 * </ul>
 *
 * <p>Its rooms: {@code state} (the data, which knows no pages), {@code seed} (the sample content), {@code html} (what
 * every page is written with), {@code read}, {@code write} and {@code moderate} (the pages); the thread page embeds
 * the reply form, the 点评 block and the tools menu, so {@code read} may use {@code write} and {@code moderate}.
 */
package dev.fenghuang.demo.forum;
