package fi.aloitepolku.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in on a session, with their roles as the identity store gave them at login. */
public record StaffSession(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "fi.aloitepolku.staff";
}
