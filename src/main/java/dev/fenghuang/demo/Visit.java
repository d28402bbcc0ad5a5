package dev.fenghuang.demo;

/**
 * One request as the site sees it: who asks (the {@code saltkey}, new or sent back; the member,
 * a guest until logging in exists) and the form hash that follows from it.
 */
record Visit(PageRequest request, SiteSettings site, String saltkey, boolean newVisitor, Member member) {
    String formhash() {
        return Formhash.of(site.authkey(), saltkey, member, site.now());
    }

    /** {@code http://HOST:PORT/} from the request's Host header. */
    String siteUrl() {
        return request.siteUrl();
    }

    /** A category URL: absolute, with the configured host, raw {@code &}. */
    String categoryUrl(int catid) {
        return site.canonicalBase() + "portal.php?mod=list&catid=" + catid;
    }
}
