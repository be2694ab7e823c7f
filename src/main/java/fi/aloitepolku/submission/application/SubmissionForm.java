package fi.aloitepolku.submission.application;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.submission.domain.SubmittedInitiative;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The residents' initiative form; its limits keep texts to what a person writes. */
public class SubmissionForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PROPOSAL_MAX = 10_000;

    @NotNull(message = "{initiative.municipality.required}")
    private Long municipalityId;

    @NotBlank(message = "{initiative.title.required}")
    @Size(max = 200, message = "{initiative.title.size}")
    private String title;

    @NotBlank(message = "{initiative.proposal.required}")
    @Size(max = PROPOSAL_MAX, message = "{submission.proposal.size}")
    private String proposal;

    private Theme theme;

    @NotBlank(message = "{initiator.name.required}")
    @Size(max = 200, message = "{initiator.name.size}")
    private String name;

    @NotBlank(message = "{submission.email.required}")
    @Email(message = "{initiator.email.invalid}")
    @Size(max = 254, message = "{initiator.email.size}")
    private String email;

    @Pattern(regexp = "^$|^\\+?[0-9 ()-]{5,40}$", message = "{initiator.phone.invalid}")
    private String phone;

    private boolean namePublic;

    public SubmittedInitiative content() {
        return new SubmittedInitiative(municipalityId, title, proposal, theme, name, email, phone, namePublic);
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isNamePublic() {
        return namePublic;
    }

    public void setNamePublic(boolean namePublic) {
        this.namePublic = namePublic;
    }
}
