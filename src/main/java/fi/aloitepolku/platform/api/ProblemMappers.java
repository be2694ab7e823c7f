package fi.aloitepolku.platform.api;

import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.i18n.ValidationTexts;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API request becomes a problem document: 400 for refused input (naming each
 * field), 404 for unknown ids, 409 for concurrent edits, and 500 with only a reference number for
 * anything unexpected. No stack trace, class name or SQL ever reaches the client.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiLocale.of(headers);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return invalid(locale, cve);
            }
            if (t instanceof RuleViolation rule) {
                return refused(locale, rule);
            }
            if (t instanceof StateConflict conflict) {
                String message = Texts.get(locale, conflict.messageKey(), conflict.arguments());
                return Problems.response(new Problem("/problems/state-conflict",
                        Texts.get(locale, "problem.state-conflict.title"), 409, message, List.of()));
            }
            if (t instanceof NotPermitted denied) {
                String message = Texts.get(locale, denied.messageKey(), denied.arguments());
                return Problems.response(new Problem("/problems/forbidden", Texts.get(locale, "problem.forbidden.title"),
                        403, message, List.of()));
            }
            if (t instanceof NotFound) {
                return Problems.of(locale, 404, "not-found", "problem.not-found.detail");
            }
            if (ConcurrentEdit.causedBy(t)) {
                return Problems.of(locale, 409, "conflict", "problem.conflict.detail");
            }
            if (t instanceof WebApplicationException web) {
                return fromStatus(locale, web.getResponse().getStatus());
            }
            if (t instanceof ProcessingException || t instanceof jakarta.json.bind.JsonbException) {
                return Problems.of(locale, 400, "malformed", "problem.malformed.detail");
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API failure, reference " + reference, failure);
        return Problems.of(locale, 500, "internal", "problem.internal.detail", reference);
    }

    private static Response fromStatus(Locale locale, int status) {
        return switch (status) {
            case 400 -> Problems.of(locale, 400, "malformed", "problem.malformed.detail");
            case 401 -> Problems.of(locale, 401, "unauthorized", "problem.unauthorized.detail");
            case 403 -> Problems.of(locale, 403, "forbidden", "problem.forbidden.detail");
            case 404 -> Problems.of(locale, 404, "not-found", "problem.not-found.detail");
            case 405 -> Problems.of(locale, 405, "method-not-allowed", "problem.method-not-allowed.detail");
            case 406, 415 -> Problems.of(locale, status, "unsupported-media-type", "problem.unsupported-media-type.detail");
            default -> Problems.of(locale, status, "http-" + status, "problem.http.detail", status);
        };
    }

    private static Response invalid(Locale locale, ConstraintViolationException cve) {
        List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), ValidationTexts.message(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problems.response(new Problem("/problems/validation", Texts.get(locale, "problem.validation.title"),
                400, Texts.get(locale, "problem.validation.detail"), errors));
    }

    private static Response refused(Locale locale, RuleViolation rule) {
        String message = Texts.get(locale, rule.messageKey(), rule.arguments());
        List<Problem.FieldError> errors = rule.field() == null ? List.of()
                : List.of(new Problem.FieldError(rule.field(), message));
        return Problems.response(new Problem("/problems/validation", Texts.get(locale, "problem.validation.title"),
                400, message, errors));
    }

    /** The last node of the property path: "register.details.title" is the field "title". */
    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? "" : last;
    }
}
