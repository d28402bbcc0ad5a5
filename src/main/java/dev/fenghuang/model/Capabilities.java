package dev.fenghuang.model;

/**
 * What a signed-in account may do about other people's comments, as the site's pages show it.
 *
 * @param editAnyComment edit links on others' comments (front end)
 * @param deleteAnyComment delete links on others' comments (front end)
 * @param moderationQueue the admin panel's queue of pending comments (approve, delete, ignore)
 * @param commentSearch the admin panel's comment search (and delete from it)
 * @param seesPending others' pending comments are shown to it on the front end
 * @param adminPassword the admin panel wants the password entered again before it opens
 */
public record Capabilities(boolean editAnyComment, boolean deleteAnyComment, boolean moderationQueue,
                           boolean commentSearch, boolean seesPending, boolean adminPassword) {
    public static final Capabilities NONE = new Capabilities(false, false, false, false, false, false);

    /** Whether there is any moderation to offer at all. */
    public boolean moderates() {
        return editAnyComment || deleteAnyComment || moderationQueue || commentSearch;
    }
}
