package fi.aloitepolku.platform.security;

/** The staff roles, as stored in staff_user_role and used in security constraints. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String PREPARER = "PREPARER";
    /**
     * Not stored: given at sign-in to an administrator of the whole deployment (staff_user.all_municipalities),
     * for what serves every municipality at once (the outbox, process templates, reminder runs).
     */
    public static final String DEPLOYMENT_ADMIN = "DEPLOYMENT_ADMIN";

    private Roles() {
    }
}
