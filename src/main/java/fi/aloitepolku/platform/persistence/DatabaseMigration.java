package fi.aloitepolku.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before the application serves anything. Demo data is a separate
 * Flyway history (its own table), applied only when {@code app.demo-data} is on: a production
 * database never runs it, and the run command loads it once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "app.db.migrate", defaultValue = "true")
    boolean migrate;

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        if (!migrate) {
            LOG.info("Schema migration at start-up is off (app.db.migrate=false): run it as a deploy step");
            return;
        }
        var schema = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted + " applied now)");
        if (demoData) {
            var demo = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " scripts applied now");
        }
    }
}
