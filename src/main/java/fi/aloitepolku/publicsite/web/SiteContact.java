package fi.aloitepolku.publicsite.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where residents send accessibility feedback and questions about their data: the deployment's own addresses. */
@Named
@ApplicationScoped
public class SiteContact {

    @Inject
    @ConfigProperty(name = "app.contact.accessibility", defaultValue = "saavutettavuus@kunta.example")
    String accessibilityFeedback;

    @Inject
    @ConfigProperty(name = "app.contact.privacy", defaultValue = "tietosuoja@kunta.example")
    String privacyContact;

    public String getAccessibilityFeedback() {
        return accessibilityFeedback;
    }

    public String getPrivacyContact() {
        return privacyContact;
    }
}
