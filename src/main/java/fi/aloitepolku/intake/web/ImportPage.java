package fi.aloitepolku.intake.web;

import fi.aloitepolku.intake.application.KuntalaisaloiteImport;
import fi.aloitepolku.intake.domain.ImportFailure;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An agent runs the kuntalaisaloite.fi import of a municipality and sees what it did, or why it failed. */
@Named
@RequestScoped
public class ImportPage {

    @Inject
    KuntalaisaloiteImport imports;

    @Inject
    PageMessages messages;

    private Long municipalityId;

    public String run() {
        messages.attempt("import:", "import.title", () -> {
            try {
                var report = imports.run(municipalityId);
                messages.info("import.done", report.read(), report.created(), report.updated(), report.unchanged());
            } catch (ImportFailure failure) {
                messages.error(failure.messageKey(), failure.arguments());
            }
        });
        return null;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }
}
