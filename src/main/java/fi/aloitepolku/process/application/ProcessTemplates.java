package fi.aloitepolku.process.application;

import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.security.CurrentStaff;
import fi.aloitepolku.platform.time.HelsinkiTime;
import fi.aloitepolku.process.domain.ProcessTemplate;
import fi.aloitepolku.process.domain.StepDefinition;
import fi.aloitepolku.process.domain.TemplateState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Admins adjust the process: copy a template, edit the draft, publish it as the new default. */
@ApplicationScoped
public class ProcessTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HelsinkiTime time;

    public List<TemplateSummary> all() {
        return em.createQuery("select new fi.aloitepolku.process.application.TemplateSummary(t.id, t.name, t.versionNo, "
                + "t.state, t.isDefault, t.createdAt, t.publishedAt, size(t.steps)) from ProcessTemplate t "
                + "order by t.id desc", TemplateSummary.class).getResultList();
    }

    public ProcessTemplate get(long id) {
        var template = em.find(ProcessTemplate.class, id);
        if (template == null) {
            throw new NotFound("template", id);
        }
        return template;
    }

    /** The published template new cases follow; there is always one (the migration ships it). */
    public Optional<ProcessTemplate> currentDefault() {
        return em.createQuery("select t from ProcessTemplate t where t.isDefault = true and t.state = :published "
                        + "order by t.publishedAt desc", ProcessTemplate.class)
                .setParameter("published", TemplateState.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Transactional
    public long copy(long id) {
        requireDeploymentAdmin();
        var source = get(id);
        int next = em.createQuery("select max(t.versionNo) from ProcessTemplate t", Number.class)
                .getSingleResult().intValue() + 1;
        var draft = source.copy(source.name(), next, currentStaff.username(), time.now());
        em.persist(draft);
        em.flush();
        return draft.id();
    }

    @Transactional
    public void rename(long id, String name) {
        requireDeploymentAdmin();
        get(id).rename(name);
    }

    /** Saves a draft's name and every step's changes together, or nothing. */
    @Transactional
    public void saveDraft(long id, String name, java.util.Map<Long, StepDefinition> changedSteps) {
        requireDeploymentAdmin();
        var template = get(id);
        template.rename(name);
        changedSteps.forEach(template::changeStep);
    }

    @Transactional
    public void addStep(long id, StepDefinition definition) {
        requireDeploymentAdmin();
        get(id).addStep(definition);
    }

    @Transactional
    public void changeStep(long id, long stepId, StepDefinition definition) {
        requireDeploymentAdmin();
        get(id).changeStep(stepId, definition);
    }

    @Transactional
    public void moveStep(long id, long stepId, int direction) {
        requireDeploymentAdmin();
        get(id).moveStep(stepId, direction);
    }

    @Transactional
    public void removeStep(long id, long stepId) {
        requireDeploymentAdmin();
        get(id).removeStep(stepId);
    }

    /** The draft becomes the default for new cases; cases already following another template keep it. */
    @Transactional
    public void publish(long id) {
        requireDeploymentAdmin();
        var draft = get(id);
        em.createQuery("select t from ProcessTemplate t where t.isDefault = true", ProcessTemplate.class)
                .getResultList().forEach(ProcessTemplate::stopBeingDefault);
        draft.publish(time.now());
    }

    /** Templates serve every municipality of the deployment: only its administrators change them. */
    private void requireDeploymentAdmin() {
        if (!currentStaff.hasRole(fi.aloitepolku.platform.security.Roles.DEPLOYMENT_ADMIN)) {
            throw new fi.aloitepolku.platform.rules.NotPermitted("scope.deploymentOnly");
        }
    }
}
