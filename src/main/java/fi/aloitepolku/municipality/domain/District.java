package fi.aloitepolku.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A part of a municipality (a suburb, a village) by which cases are filed and agents divide work. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "name_fi", nullable = false, length = 100)
    private String nameFi;

    @Column(name = "name_sv", nullable = false, length = 100)
    private String nameSv;

    protected District() {
    }

    public District(long municipalityId, String nameFi, String nameSv) {
        this.municipalityId = municipalityId;
        this.nameFi = nameFi.trim();
        this.nameSv = nameSv == null || nameSv.isBlank() ? this.nameFi : nameSv.trim();
    }

    public Long id() {
        return id;
    }

    public Long municipalityId() {
        return municipalityId;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
