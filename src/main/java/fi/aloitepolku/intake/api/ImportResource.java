package fi.aloitepolku.intake.api;

import fi.aloitepolku.intake.application.ImportReport;
import fi.aloitepolku.intake.application.KuntalaisaloiteImport;
import fi.aloitepolku.intake.domain.ImportFailure;
import fi.aloitepolku.platform.api.ApiLocale;
import fi.aloitepolku.platform.api.Problem;
import fi.aloitepolku.platform.api.Problems;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports from kuntalaisaloite.fi, run by an agent. */
@Path("/intake/kuntalaisaloite/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@SecurityRequirement(name = "staff")
@Tag(name = "Intake")
public class ImportResource {

    @Inject
    KuntalaisaloiteImport imports;

    @Context
    HttpHeaders headers;

    /** Which of our municipalities to import. */
    public record ImportRequest(Long municipalityId) {
    }

    @POST
    @Operation(summary = "Import a municipality's initiatives from kuntalaisaloite.fi",
            description = "New initiatives become cases (channel KUNTALAISALOITE_FI, participant count, link); known "
                    + "ones are updated, never duplicated. If the remote fails, nothing is written.")
    @APIResponse(responseCode = "200", description = "Imported: counts of created, updated and unchanged cases")
    @APIResponse(responseCode = "502", description = "kuntalaisaloite.fi failed (error, timeout, wrong shape); nothing written")
    public Response run(ImportRequest request) {
        try {
            ImportReport report = imports.run(request == null ? null : request.municipalityId());
            return Response.ok(report).build();
        } catch (ImportFailure failure) {
            var locale = ApiLocale.of(headers);
            return Problems.response(new Problem("/problems/import-failed", Texts.get(locale, "import.failed.title"),
                    502, Texts.get(locale, failure.messageKey(), failure.arguments()), List.of()));
        }
    }
}
