package fi.aloitepolku.process.web;

import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.process.application.ProcessTemplates;
import fi.aloitepolku.process.application.TemplateSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin's list of process templates: copy one to adjust it, publish a draft. */
@Named
@RequestScoped
public class TemplatesPage {

    @Inject
    ProcessTemplates templates;

    @Inject
    PageMessages messages;

    private List<TemplateSummary> all;

    public List<TemplateSummary> getAll() {
        if (all == null) {
            all = templates.all();
        }
        return all;
    }

    public String copy(long id) {
        long draft = templates.copy(id);
        messages.info("template.copied");
        return "/staff/admin/template?faces-redirect=true&id=" + draft;
    }

    public String publish(long id) {
        try {
            templates.publish(id);
            messages.info("template.published");
            return "/staff/admin/templates?faces-redirect=true";
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("templates:", refused);
        }
        return null;
    }
}
