package fi.aloitepolku.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one e-mail to the SMTP server (Jakarta Mail, provided by the server). */
@ApplicationScoped
public class MailSender {

    @Inject
    MailSettings settings;

    public void send(long outboxId, String recipient, String subject, String body) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        Authenticator auth = null;
        if (settings.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username().get(), settings.password());
                }
            };
        }
        Session session = Session.getInstance(props, auth);
        MimeMessage message = new StableIdMessage(session, outboxId);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    /** The Message-ID comes from the outbox row, so a mail server sees a retried message as the same one. */
    private static final class StableIdMessage extends MimeMessage {

        private final long outboxId;

        StableIdMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            String domain = "aloitepolku.invalid";
            setHeader("Message-ID", "<outbox-" + outboxId + "@" + domain + ">");
        }
    }
}
