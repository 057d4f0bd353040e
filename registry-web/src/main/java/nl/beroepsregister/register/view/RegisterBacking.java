package nl.beroepsregister.register.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.boundary.RegisterAdministration;
import nl.beroepsregister.register.boundary.RegisterSettings;

/** {@code admin/register.xhtml?code=}: one register's name, title and terms, and its levels. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterAdministration administration;

    @Inject
    Words msg;

    private String code;
    private boolean created;
    private String saved;
    private RegisterSettings register;
    private String name;
    private String titleAbbreviation;
    private String titleName;
    private Integer deadlineMonths;
    private Integer courseExemptionMonths;

    public String load() {
        try {
            show(administration.register(code));
        } catch (NotFoundException unknown) {
            return NotFoundPage.show();
        }
        if (created) {
            info(msg.format("admin.register.created", register.code()));
        }
        if (saved != null && saved.matches("[CBA]")) {
            info(msg.format("admin.level.saved", saved));
        }
        return null;
    }

    private void show(RegisterSettings settings) {
        register = settings;
        name = settings.name();
        titleAbbreviation = settings.titleAbbreviation();
        titleName = settings.titleName();
        deadlineMonths = settings.deadlineMonths();
        courseExemptionMonths = settings.courseExemptionMonths();
    }

    public void save() {
        show(administration.change(code, register.version(), name, titleAbbreviation, titleName, deadlineMonths,
                courseExemptionMonths));
        info(msg.get("admin.saved"));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public boolean isAllLevelsOffered() {
        return register != null && register.levels().size() == nl.beroepsregister.register.Level.values().length;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public String getSaved() {
        return saved;
    }

    public void setSaved(String saved) {
        this.saved = saved;
    }

    public RegisterSettings getRegister() {
        return register;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitleAbbreviation() {
        return titleAbbreviation;
    }

    public void setTitleAbbreviation(String titleAbbreviation) {
        this.titleAbbreviation = titleAbbreviation;
    }

    public String getTitleName() {
        return titleName;
    }

    public void setTitleName(String titleName) {
        this.titleName = titleName;
    }

    public Integer getDeadlineMonths() {
        return deadlineMonths;
    }

    public void setDeadlineMonths(Integer deadlineMonths) {
        this.deadlineMonths = deadlineMonths;
    }

    public Integer getCourseExemptionMonths() {
        return courseExemptionMonths;
    }

    public void setCourseExemptionMonths(Integer courseExemptionMonths) {
        this.courseExemptionMonths = courseExemptionMonths;
    }
}
