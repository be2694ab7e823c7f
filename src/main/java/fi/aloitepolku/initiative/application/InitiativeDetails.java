package fi.aloitepolku.initiative.application;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeFacts;
import fi.aloitepolku.initiative.domain.Initiator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff enter when they register or correct an initiative: the same form object for the staff
 * page and the JSON API, so each input rule is written once. Messages are keys of ValidationMessages.
 */
public class InitiativeDetails implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{initiative.municipality.required}")
    private Long municipalityId;

    @NotBlank(message = "{initiative.title.required}")
    @Size(max = 200, message = "{initiative.title.size}")
    private String title;

    @NotBlank(message = "{initiative.proposal.required}")
    @Size(max = 20000, message = "{initiative.proposal.size}")
    private String proposal;

    @NotNull(message = "{initiative.channel.required}")
    private Channel channel;

    @NotNull(message = "{initiative.signatoryCount.required}")
    @Min(value = 1, message = "{initiative.signatoryCount.min}")
    @Max(value = 10_000_000, message = "{initiative.signatoryCount.max}")
    private Integer signatoryCount = 1;

    @NotNull(message = "{initiative.receivedOn.required}")
    private LocalDate receivedOn;

    @NotBlank(message = "{initiator.name.required}")
    @Size(max = 200, message = "{initiator.name.size}")
    private String initiatorName;

    @Email(message = "{initiator.email.invalid}")
    @Size(max = 254, message = "{initiator.email.size}")
    private String initiatorEmail;

    @Pattern(regexp = "^$|^\\+?[0-9 ()-]{5,40}$", message = "{initiator.phone.invalid}")
    private String initiatorPhone;

    private boolean initiatorNamePublic;

    private Theme theme;

    private Long districtId;

    private boolean councilCompetence = true;

    /** Null: the channel's default (public at once from kuntalaisaloite.fi and the web form, else after screening). */
    private fi.aloitepolku.initiative.domain.Publicity publicity;

    private fi.aloitepolku.platform.openness.ConfidentialGround confidentialGround;

    private LocalDate confidentialUntil;

    @Size(max = 200, message = "{publicity.publicTitle.size}")
    private String publicTitle;

    /** The publicity asked for, or the channel's default; refused (naming the field) without a ground when confidential. */
    public fi.aloitepolku.initiative.domain.PublicityMarking publicityMarking() {
        var chosen = publicity != null ? publicity
                : channel == null ? fi.aloitepolku.initiative.domain.Publicity.AFTER_SCREENING
                : fi.aloitepolku.initiative.domain.Publicity.defaultFor(channel);
        return new fi.aloitepolku.initiative.domain.PublicityMarking(chosen, confidentialGround, confidentialUntil,
                publicTitle);
    }

    public fi.aloitepolku.initiative.domain.Publicity getPublicity() {
        return publicity;
    }

    public void setPublicity(fi.aloitepolku.initiative.domain.Publicity publicity) {
        this.publicity = publicity;
    }

    public fi.aloitepolku.platform.openness.ConfidentialGround getConfidentialGround() {
        return confidentialGround;
    }

    public void setConfidentialGround(fi.aloitepolku.platform.openness.ConfidentialGround confidentialGround) {
        this.confidentialGround = confidentialGround;
    }

    public LocalDate getConfidentialUntil() {
        return confidentialUntil;
    }

    public void setConfidentialUntil(LocalDate confidentialUntil) {
        this.confidentialUntil = confidentialUntil;
    }

    public String getPublicTitle() {
        return publicTitle;
    }

    public void setPublicTitle(String publicTitle) {
        this.publicTitle = publicTitle;
    }

    public InitiativeFacts facts() {
        return new InitiativeFacts(title, proposal, channel, signatoryCount == null ? 0 : signatoryCount, receivedOn,
                theme, districtId, councilCompetence);
    }

    public Initiator initiator() {
        return new Initiator(initiatorName == null ? null : initiatorName.trim(), initiatorEmail, initiatorPhone,
                initiatorNamePublic);
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

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Integer getSignatoryCount() {
        return signatoryCount;
    }

    public void setSignatoryCount(Integer signatoryCount) {
        this.signatoryCount = signatoryCount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getInitiatorName() {
        return initiatorName;
    }

    public void setInitiatorName(String initiatorName) {
        this.initiatorName = initiatorName;
    }

    public String getInitiatorEmail() {
        return initiatorEmail;
    }

    public void setInitiatorEmail(String initiatorEmail) {
        this.initiatorEmail = initiatorEmail;
    }

    public String getInitiatorPhone() {
        return initiatorPhone;
    }

    public void setInitiatorPhone(String initiatorPhone) {
        this.initiatorPhone = initiatorPhone;
    }

    public boolean isInitiatorNamePublic() {
        return initiatorNamePublic;
    }

    public void setInitiatorNamePublic(boolean initiatorNamePublic) {
        this.initiatorNamePublic = initiatorNamePublic;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public boolean isCouncilCompetence() {
        return councilCompetence;
    }

    public void setCouncilCompetence(boolean councilCompetence) {
        this.councilCompetence = councilCompetence;
    }
}
