package fi.aloitepolku.municipality.application;

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
}
