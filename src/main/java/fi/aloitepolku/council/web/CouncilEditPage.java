package fi.aloitepolku.council.web;

import fi.aloitepolku.council.application.CouncilInput;
import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilRegistry;
import fi.aloitepolku.council.domain.CouncilKind;
import fi.aloitepolku.council.domain.MemberRole;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.NotPermitted;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Admins and agents add a council or correct one: names, kind, municipalities served, members' roles. */
@Named
@ViewScoped
public class CouncilEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EMPTY_MEMBER_ROWS = 3;

    @Inject
    transient CouncilQueries queries;

    @Inject
    transient CouncilRegistry registry;

    @Inject
    transient CurrentStaff currentStaff;

    @Inject
    transient PageMessages messages;

    private String councilId;
    private Long id;
    private boolean loaded;
    private CouncilKind kind = CouncilKind.YOUTH;
    private String nameFi;
    private String nameSv;
    private List<Long> municipalityIds = new ArrayList<>();
    private final List<MemberRow> members = new ArrayList<>();
    private long version;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        var faces = FacesContext.getCurrentInstance();
        if (!currentStaff.canManageInitiatives()) {
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
            return;
        }
        try {
            if (councilId != null && !councilId.isBlank()) {
                var c = queries.one(Long.parseLong(councilId.trim()));
                id = c.id();
                kind = c.kind();
                nameFi = c.nameFi();
                nameSv = c.nameSv();
                municipalityIds = new ArrayList<>(c.municipalityIds());
                c.members().forEach(m -> members.add(new MemberRow(m.name(), m.role(), m.validFrom(), m.validUntil())));
                version = c.version();
            }
        } catch (NumberFormatException | NotFound e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        for (int i = 0; i < EMPTY_MEMBER_ROWS; i++) {
            members.add(new MemberRow(null, MemberRole.MEMBER, null, null));
        }
        loaded = true;
    }

    public String save() {
        var input = new CouncilInput(kind, nameFi, nameSv, municipalityIds, members.stream()
                .map(m -> new CouncilInput.Member(m.getName(), m.getRole(), m.getValidFrom(), m.getValidUntil())).toList(),
                version);
        try {
            long saved;
            if (id == null) {
                saved = registry.add(input);
            } else {
                registry.revise(id, input);
                saved = id;
            }
            messages.info("council.saved");
            return "/staff/council?faces-redirect=true&id=" + saved;
        } catch (ConcurrentEdit e) {
            messages.error("consultation.conflict");
        } catch (StateConflict | NotPermitted refused) {
            messages.error(refused.messageKey());
        } catch (RuleViolation refused) {
            messages.refused("council:", refused);
        }
        return null;
    }

    public CouncilKind[] getKinds() {
        return CouncilKind.values();
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    /** One editable member row. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private MemberRole role;
        private LocalDate validFrom;
        private LocalDate validUntil;

        MemberRow(String name, MemberRole role, LocalDate validFrom, LocalDate validUntil) {
            this.name = name;
            this.role = role;
            this.validFrom = validFrom;
            this.validUntil = validUntil;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public MemberRole getRole() {
            return role;
        }

        public void setRole(MemberRole role) {
            this.role = role;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getCouncilId() {
        return councilId;
    }

    public void setCouncilId(String councilId) {
        this.councilId = councilId;
    }

    public CouncilKind getKind() {
        return kind;
    }

    public void setKind(CouncilKind kind) {
        this.kind = kind;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public List<Long> getMunicipalityIds() {
        return municipalityIds;
    }

    public void setMunicipalityIds(List<Long> municipalityIds) {
        this.municipalityIds = municipalityIds;
    }

    public List<MemberRow> getMembers() {
        return members;
    }
}
