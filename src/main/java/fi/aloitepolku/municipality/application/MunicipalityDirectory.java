package fi.aloitepolku.municipality.application;

import fi.aloitepolku.municipality.domain.District;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.municipality.domain.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The municipalities this deployment serves (a region has a few dozen at most). */
@ApplicationScoped
public class MunicipalityDirectory {

    @PersistenceContext
    EntityManager em;

    public List<MunicipalityOption> all() {
        return em.createQuery("select new fi.aloitepolku.municipality.application.MunicipalityOption("
                        + "m.id, m.code, m.nameFi, m.nameSv) from Municipality m order by m.nameFi", MunicipalityOption.class)
                .getResultList();
    }

    public Optional<Municipality> find(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id));
    }

    public Optional<District> district(long id) {
        return Optional.ofNullable(em.find(District.class, id));
    }

    /** A case's district must lie in the case's municipality; no district at all is fine. */
    public void requireDistrictOf(long municipalityId, Long districtId) {
        if (districtId == null) {
            return;
        }
        var district = district(districtId)
                .orElseThrow(() -> new RuleViolation("districtId", "initiative.district.unknown"));
        if (!district.municipalityId().equals(municipalityId)) {
            throw new RuleViolation("districtId", "initiative.district.otherMunicipality");
        }
    }

    /** Every district of the deployment, by municipality and name: a region has at most a few hundred. */
    public List<DistrictOption> districts() {
        return em.createQuery("select new fi.aloitepolku.municipality.application.DistrictOption("
                        + "d.id, d.municipalityId, d.nameFi, d.nameSv) from District d order by d.municipalityId, d.nameFi",
                        DistrictOption.class)
                .getResultList();
    }
}
