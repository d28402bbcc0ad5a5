package dev.fenghuang.app.forum;

import dev.fenghuang.site.forum.SubjectLength;

/** A subject the site would refuse as too long (4.5), told before anything is saved or sent. */
public final class SubjectTooLong extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int units;

    SubjectTooLong(int units) {
        super("the subject is " + units + " units long; the site allows " + SubjectLength.MAX
                + " (a Chinese character counts 2)");
        this.units = units;
    }

    public int units() {
        return units;
    }
}
