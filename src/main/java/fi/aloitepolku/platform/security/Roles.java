package fi.aloitepolku.platform.security;

/** The staff roles, as stored in staff_user_role and used in security constraints. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String PREPARER = "PREPARER";

    private Roles() {
    }
}
