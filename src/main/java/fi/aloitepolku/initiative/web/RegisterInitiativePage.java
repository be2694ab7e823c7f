package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeRegistration;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Registers an initiative that came by e-mail, on paper or from a body: the staff form. */
@Named
@ViewScoped
public class RegisterInitiativePage implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    transient InitiativeRegistration registration;

    @Inject
    transient MunicipalityDirectory municipalities;

    @Inject
    transient PageMessages messages;

    @Inject
    transient HelsinkiTime time;

    private final InitiativeDetails details = new InitiativeDetails();

    @PostConstruct
    void defaults() {
        details.setChannel(Channel.EMAIL);
        details.setReceivedOn(time.today());
        var all = municipalities.all();
        if (all.size() == 1) {
            details.setMunicipalityId(all.getFirst().id());
        }
    }

    public String register() {
        try {
            long id = registration.register(details);
            messages.info("initiative.registered", Long.toString(id));
            return "/staff/initiative?faces-redirect=true&id=" + id;
        } catch (RuleViolation refused) {
            messages.refused("register:", refused);
            return null;
        }
    }

    public InitiativeDetails getDetails() {
        return details;
    }


    public Channel[] getChannels() {
        return Channel.values();
    }
}
