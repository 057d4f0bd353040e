package nl.beroepsregister.register.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.beroepsregister.register.boundary.RegisterAdministration;
import nl.beroepsregister.register.boundary.RegisterSettings;

/** {@code admin/registers.xhtml}: the registers, and a new one (Park- and City managers, say) without a code change. */
@Named
@ViewScoped
public class RegistersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterAdministration administration;

    private List<RegisterSettings> registers;
    private String code;
    private String name;
    private String titleAbbreviation;
    private String titleName;
    private Integer deadlineMonths = 2;
    private Integer courseExemptionMonths = 12;

    public List<RegisterSettings> getRegisters() {
        if (registers == null) {
            registers = administration.registers();
        }
        return registers;
    }

    /** Adds the register and goes on to its page, where its levels are added. */
    public String create() {
        RegisterSettings created = administration.create(code, name, titleAbbreviation, titleName, deadlineMonths,
                courseExemptionMonths);
        return "/admin/register?faces-redirect=true&created=true&code=" + created.code();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
