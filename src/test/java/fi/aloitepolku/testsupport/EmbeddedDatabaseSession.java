package fi.aloitepolku.testsupport;

import fi.aloitepolku.devserver.EmbeddedMariaDb;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded MariaDB for the whole integration-test run, before Arquillian deploys anything
 * (it deploys before any @BeforeAll), and hands its URL to each Payara Micro process through the
 * container's {@code payara.cmdOptions}, with a test SMTP server ({@link TestMailServer}) for the outbox.
 * Unit-test runs (no Payara jar configured) start nothing.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    /** The residents' form's key in the test server. */
    public static final String FORM_SECRET = "form-ticket-key-of-the-test-run";

    private EmbeddedMariaDb database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String buildDir = System.getProperty("app.buildDir");
        if (System.getProperty("payara.microJar") == null || buildDir == null || database != null) {
            return;
        }
        try {
            // Every test run starts from an empty database: migrations and demo data run as on a new install
            deleteTree(Path.of(buildDir, "mariadb-it", "data"));
            database = EmbeddedMariaDb.start(Path.of(buildDir, "mariadb-it"), 0);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB for the integration tests did not start", e);
        }
        int smtpPort = TestMailServer.startOnFreePort();
        String kuntalaisaloite = FakeKuntalaisaloite.startOnFreePort();
        String tmp = Path.of(buildDir, "tmp").toAbsolutePath().toString();
        System.setProperty("app.test.dbUrl", database.jdbcUrl());
        System.setProperty("payara.cmdOptions", String.join(" ",
                "-Xmx768m",
                "-Duser.timezone=UTC",
                "-Djava.io.tmpdir=" + tmp,
                "--sun-misc-unsafe-memory-access=allow",
                "-Dapp.db.url=" + database.jdbcUrl(),
                "-Dapp.db.user=root",
                "-Dapp.demo-data=true",
                // The outbox delivers to the test's own SMTP server, and retries after a second
                "-Dapp.mail.host=127.0.0.1",
                "-Dapp.mail.port=" + smtpPort,
                "-Dapp.mail.retry-delay-seconds=1",
                // Tests deliver the outbox themselves: a timer round between two steps would blur statement counts
                "-Dapp.mail.background-delivery=false",
                // The residents' form: a shorter minimum fill time keeps browser tests quick
                "-Dapp.submission.min-fill-seconds=2",
                // A known key, so that a test can sign a form ticket shown long ago (PrivacyIT)
                "-Dapp.submission.secret=" + FORM_SECRET,
                // Retention runs only when a test asks for it
                "-Dapp.retention.background=false",
                // kuntalaisaloite.fi is a local server with recorded answers, and patience is short
                "-Dapp.kuntalaisaloite.base-url=" + kuntalaisaloite,
                "-Dapp.kuntalaisaloite.timeout-seconds=2"));
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestMailServer.stop();
        FakeKuntalaisaloite.stop();
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Stopping the embedded MariaDB failed: " + e.getMessage());
            }
            database = null;
        }
    }
}
