package fi.aloitepolku.publicsite.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.application.PublicInitiative;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One initiative as residents see it; an unknown or malformed id is a plain 404. */
@Named
@RequestScoped
public class PublicInitiativePage {

    private static final int DESCRIPTION_LENGTH = 155;

    @Inject
    InitiativeQueries queries;

    private String id;
    private PublicInitiative initiative;

    public void load() throws IOException {
        long parsed;
        try {
            parsed = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            notFound();
            return;
        }
        initiative = queries.publicView(parsed).orElse(null);
        if (initiative == null) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    /** The meta description: the start of the proposal, cut at a word. */
    public String getDescription() {
        if (initiative == null) {
            return null;
        }
        String text = initiative.proposal().replaceAll("\\s+", " ").trim();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + "…";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PublicInitiative getInitiative() {
        return initiative;
    }
}
