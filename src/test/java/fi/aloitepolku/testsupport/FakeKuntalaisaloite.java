package fi.aloitepolku.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * kuntalaisaloite.fi for the tests: a local HTTP server answering its list API with recorded JSON
 * (src/test/resources/kuntalaisaloite/), or with a failure, as the test chooses.
 */
public final class FakeKuntalaisaloite {

    /** What the next requests get: a recorded file name (first, changed, malformed), "error" or "slow". */
    private static volatile String scenario = "first";
    private static HttpServer server;

    private FakeKuntalaisaloite() {
    }

    static synchronized String startOnFreePort() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/initiatives", exchange -> {
                String query = String.valueOf(exchange.getRequestURI().getQuery());
                byte[] body;
                int status = 200;
                String now = scenario;
                if ("slow".equals(now)) {
                    sleep(5000);
                }
                if ("error".equals(now)) {
                    status = 500;
                    body = "{\"error\": \"internal\"}".getBytes(StandardCharsets.UTF_8);
                } else if (!query.contains("offset=0")) {
                    body = "[]".getBytes(StandardCharsets.UTF_8);
                } else {
                    try (InputStream in = FakeKuntalaisaloite.class.getResourceAsStream(
                            "/kuntalaisaloite/" + ("slow".equals(now) ? "first" : now) + ".json")) {
                        body = in.readAllBytes();
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void answer(String newScenario) {
        scenario = newScenario;
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
