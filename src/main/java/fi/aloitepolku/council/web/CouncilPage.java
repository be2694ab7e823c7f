package fi.aloitepolku.council.web;

import fi.aloitepolku.council.application.CouncilQueries;
import fi.aloitepolku.council.application.CouncilView;
import fi.aloitepolku.council.application.StatementRequestQueries;
import fi.aloitepolku.council.application.StatementRequestView;
import fi.aloitepolku.platform.rules.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** One council: its roles and terms, and the statement requests it has open and has answered. */
@Named
@RequestScoped
public class CouncilPage {

    @Inject
    CouncilQueries queries;

    @Inject
    StatementRequestQueries requests;

    private String id;
    private CouncilView council;
    private List<StatementRequestView> open = List.of();
    private List<StatementRequestView> answered = List.of();

    public void load() throws IOException {
        try {
            council = queries.one(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        var all = requests.forCouncil(council.id());
        open = all.stream().filter(r -> r.state().open()).toList();
        answered = all.stream().filter(r -> !r.state().open()).toList();
    }

    public long getOverdue() {
        return open.stream().filter(StatementRequestView::overdue).count();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CouncilView getCouncil() {
        return council;
    }

    public List<StatementRequestView> getOpen() {
        return open;
    }

    public List<StatementRequestView> getAnswered() {
        return answered;
    }
}
