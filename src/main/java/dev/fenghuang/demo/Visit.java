package dev.fenghuang.demo;

/**
 * One request as the site sees it: who asks (the {@code saltkey}, new or sent back; the member of the
 * {@code auth} cookie, or a guest) and the form hash that follows from it.
 */
public record Visit(PageRequest request, SiteSettings site, String saltkey, boolean newVisitor, Member member) {
    public String formhash() {
        return Formhash.of(site.authkey(), saltkey, member, site.now());
    }

    /** The form hash of {@code admin.php} pages (1.5): differs from {@link #formhash()}. */
    public String adminFormhash() {
        return Formhash.admin(site.authkey(), saltkey, member, site.now());
    }

    public UserGroup group() {
        return Members.group(member);
    }

    /** The same visitor after logging out or in. */
    public Visit as(Member who) {
        return new Visit(request, site, saltkey, newVisitor, who);
    }

    /** {@code http://HOST:PORT/} from the request's Host header. */
    public String siteUrl() {
        return request.siteUrl();
    }

    /** A category URL: absolute, with the configured host, raw {@code &}. */
    public String categoryUrl(int catid) {
        return site.canonicalBase() + "portal.php?mod=list&catid=" + catid;
    }
}
