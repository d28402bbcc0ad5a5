/** The admin panel (admin.php): its session, the comment queue, comment search and delete. */
package dev.fenghuang.site.admin;
