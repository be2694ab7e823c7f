package fi.aloitepolku.municipality.api;

import fi.aloitepolku.municipality.application.DistrictOption;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.municipality.application.MunicipalityProfile;
import fi.aloitepolku.municipality.application.MunicipalitySettings;
import fi.aloitepolku.municipality.application.MunicipalitySettingsInput;
import fi.aloitepolku.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's assignment policy, electorate, service targets and districts. */
@Path("/municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
@Tag(name = "Municipalities")
public class MunicipalityResource {

    @Inject
    MunicipalitySettings settings;

    @Inject
    MunicipalityDirectory directory;

    /** A district to add; the Swedish name defaults to the Finnish one. */
    public record NewDistrict(String nameFi, String nameSv) {
    }

    @GET
    @Path("/{id}/settings")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.PREPARER})
    @Operation(summary = "The municipality's assignment policy, electorate and own targets")
    public MunicipalityProfile profile(@PathParam("id") long id) {
        return settings.profile(id);
    }

    @PUT
    @Path("/{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the assignment policy (ROUND_ROBIN or LEAST_WORKLOAD), electorate and own targets",
            description = "Targets are days from receipt (1–3650) or null. A change of electorate or targets "
                    + "recomputes the deadlines of the municipality's open cases in the same transaction.")
    @APIResponse(responseCode = "400", description = "Out-of-range values")
    @APIResponse(responseCode = "409", description = "Changed since `version`")
    public MunicipalityProfile configure(@PathParam("id") long id, MunicipalitySettingsInput input) {
        settings.configure(id, input);
        return settings.profile(id);
    }

    @GET
    @Path("/{id}/districts")
    @Operation(summary = "The municipality's districts (public)")
    public List<DistrictOption> districts(@PathParam("id") long id) {
        return directory.districts().stream().filter(d -> d.municipalityId() == id).toList();
    }

    @POST
    @Path("/{id}/districts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a district")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Name missing, too long or already used")
    public Response addDistrict(@PathParam("id") long id, NewDistrict district) {
        long districtId = settings.addDistrict(id, district == null ? null : district.nameFi(),
                district == null ? null : district.nameSv());
        return Response.status(Response.Status.CREATED)
                .entity(new DistrictOption(districtId, id, district.nameFi().trim(),
                        district.nameSv() == null || district.nameSv().isBlank() ? district.nameFi().trim()
                                : district.nameSv().trim()))
                .build();
    }
}
