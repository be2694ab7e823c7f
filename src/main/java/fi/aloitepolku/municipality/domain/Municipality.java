package fi.aloitepolku.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A municipality served by this deployment, named in both national languages. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Statistics Finland's three-digit code, e.g. 609 for Pori. */
    @Column(name = "code", nullable = false, length = 3)
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(String code, String nameFi, String nameSv) {
        this.code = code;
        this.nameFi = nameFi;
        this.nameSv = nameSv;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    /** Swedish pages show the Swedish name; Finnish and English the Finnish one. */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
