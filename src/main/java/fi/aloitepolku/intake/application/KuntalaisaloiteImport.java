package fi.aloitepolku.intake.application;

import fi.aloitepolku.intake.domain.ImportFailure;
import fi.aloitepolku.intake.infrastructure.KuntalaisaloiteClient;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * An agent imports a municipality's initiatives from kuntalaisaloite.fi: everything is read and checked first,
 * outside any transaction, then written at once; a failed read leaves every case as it was.
 */
@ApplicationScoped
public class KuntalaisaloiteImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    KuntalaisaloiteClient client;

    @Inject
    ImportWriter writer;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    fi.aloitepolku.staff.application.AccessScope scope;

    /** @throws ImportFailure when the remote cannot be read as promised; nothing is then written */
    public ImportReport run(Long municipalityId) {
        if (!currentStaff.canManageInitiatives()) {
            throw new NotPermitted("import.notPermitted");
        }
        if (municipalityId == null) {
            throw new RuleViolation("municipalityId", "initiative.municipality.required");
        }
        scope.requireCovers(municipalityId, "municipalityId");
        @SuppressWarnings("unchecked")
        List<String> mapped = em.createNativeQuery("select remote_id from kuntalaisaloite_municipality "
                + "where municipality_id = ?1").setParameter(1, municipalityId).getResultList();
        if (mapped.isEmpty()) {
            throw new RuleViolation("municipalityId", "import.municipality.unmapped");
        }
        var remote = client.initiativesOf(mapped.getFirst());
        return writer.write(municipalityId, remote);
    }
}
