package fi.aloitepolku.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application. URL, user and password come from MicroProfile Config
 * ({@code app.db.url}, {@code app.db.user}, {@code app.db.password}), so the environment variables
 * {@code APP_DB_URL}, {@code APP_DB_USER} and {@code APP_DB_PASSWORD} point the same build at any MariaDB.
 * Pool validation is on so that a restarted database does not leave dead connections in the pool, but at
 * most once per connection every 30 s: validating at every checkout cost a round trip per query (a public
 * page made 8 statements for 4 queries).
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=30",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/aloitepolku";
}
