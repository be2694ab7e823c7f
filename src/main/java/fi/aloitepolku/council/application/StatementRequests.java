package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.Council;
import fi.aloitepolku.council.domain.StatementRequest;
import fi.aloitepolku.council.domain.StatementRequestDetails;
import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.application.CaseWork;
import fi.aloitepolku.initiative.domain.Initiative;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.time.HelsinkiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * A case asks a council for a statement, and records the answer. Logged in the case log and touching the
 * case in the same transaction, like every change to a case.
 */
@ApplicationScoped
public class StatementRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWork caseWork;

    @Inject
    HelsinkiTime time;

    @Transactional
    public long add(long initiativeId, StatementRequestInput input) {
        var initiative = openCase(initiativeId);
        var council = council(initiative, input);
        var now = time.now();
        var request = StatementRequest.of(initiativeId, council.id(), details(input), time.today(), now);
        em.persist(request);
        em.flush();
        changed(initiative, now, "+ " + describe(request, council));
        return request.id();
    }

    @Transactional
    public long revise(long initiativeId, long requestId, StatementRequestInput input) {
        if (input == null || input.version() == null) {
            throw new RuleViolation("version", "initiative.version.required");
        }
        var initiative = openCase(initiativeId);
        var council = council(initiative, input);
        var request = find(initiativeId, requestId);
        var now = time.now();
        request.revise(council.id(), details(input), input.version(), time.today(), now);
        em.flush();
        changed(initiative, now, "~ " + describe(request, council));
        return request.version();
    }

    @Transactional
    public void remove(long initiativeId, long requestId, long expectedVersion) {
        var initiative = openCase(initiativeId);
        var request = find(initiativeId, requestId);
        if (request.version() != expectedVersion) {
            throw new ConcurrentEdit("statementRequest", requestId);
        }
        em.remove(request);
        changed(initiative, time.now(), "− statement request " + requestId);
    }

    private Initiative openCase(long initiativeId) {
        return caseWork.openCase(initiativeId);
    }

    /** The council must exist and serve the case's municipality. */
    private Council council(Initiative initiative, StatementRequestInput input) {
        if (input == null || input.councilId() == null) {
            throw new RuleViolation("councilId", "statement.council.required");
        }
        var council = em.find(Council.class, input.councilId());
        if (council == null) {
            throw new RuleViolation("councilId", "statement.council.unknown");
        }
        if (!council.serves(initiative.municipality().id())) {
            throw new RuleViolation("councilId", "statement.council.otherMunicipality");
        }
        return council;
    }

    private StatementRequest find(long initiativeId, long requestId) {
        var request = em.find(StatementRequest.class, requestId);
        if (request == null || request.initiativeId() != initiativeId) {
            throw new NotFound("statementRequest", requestId);
        }
        return request;
    }

    private void changed(Initiative initiative, Instant now, String details) {
        caseWork.recorded(initiative, now, CaseEventKind.STATEMENT_REQUEST_RECORDED, details);
    }

    private static String describe(StatementRequest r, Council c) {
        return c.nameFi() + ": " + r.state() + " (deadline " + r.deadline() + ")";
    }

    private static StatementRequestDetails details(StatementRequestInput in) {
        return new StatementRequestDetails(in.requestedOn(), in.deadline(), in.state(), in.answeredOn(),
                in.statementText(), in.statementUrl(), in.note());
    }
}
