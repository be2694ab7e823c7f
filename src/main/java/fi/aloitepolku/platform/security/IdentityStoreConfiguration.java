package fi.aloitepolku.platform.security;

import fi.aloitepolku.platform.persistence.ApplicationDataSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff accounts are checked against the database; passwords are stored as PBKDF2 hashes only.
 * Disabled accounts (active = false) cannot log in.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = ApplicationDataSource.JNDI_NAME,
        callerQuery = "select password_hash from staff_user where username = ? and active = true",
        // The stored roles, and DEPLOYMENT_ADMIN for an administrator of the whole deployment (one parameter only)
        groupsQuery = "select g.role from staff_user u join (select staff_user_id, role from staff_user_role "
                + "union all select r.staff_user_id, 'DEPLOYMENT_ADMIN' from staff_user_role r "
                + "join staff_user x on x.id = r.staff_user_id where r.role = 'ADMIN' and x.all_municipalities = true) g "
                + "on g.staff_user_id = u.id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
@DeclareRoles({Roles.ADMIN, Roles.AGENT, Roles.PREPARER, Roles.DEPLOYMENT_ADMIN})
@ApplicationScoped
public class IdentityStoreConfiguration {
}
