package fi.aloitepolku.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a port chosen once, so that it can be stopped and
 * started again on the same port while the application keeps its settings.
 */
public final class TestMailServer {

    private static int port;
    private static GreenMail server;

    private TestMailServer() {
    }

    static synchronized int startOnFreePort() {
        if (server == null) {
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port for the test SMTP server", e);
            }
            start();
        }
        return port;
    }

    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Received mail whose recipient and subject satisfy the filter. */
    public static synchronized List<MimeMessage> received(Predicate<MimeMessage> filter) {
        return Arrays.stream(server.getReceivedMessages()).filter(filter).toList();
    }

    public static Predicate<MimeMessage> to(String address) {
        return m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    public static Predicate<MimeMessage> subjectContains(String text) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(text);
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    /** Waits until at least {@code count} matching messages arrived (the sender runs in another process). */
    public static List<MimeMessage> await(Predicate<MimeMessage> filter, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = received(filter);
        while (found.size() < count && System.nanoTime() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = received(filter);
        }
        return found;
    }
}
