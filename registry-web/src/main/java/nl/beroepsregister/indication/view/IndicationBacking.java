package nl.beroepsregister.indication.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.register.boundary.Registers;

/**
 * {@code public/indication.xhtml}: the level indication (DOMAIN.md §4) as a three-step wizard, for anyone, with the
 * level that each part gives and why. Only an indication: the entry audit decides.
 */
@Named
@ViewScoped
public class IndicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registers registers;

    private int step = 1;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("60")
    private BigDecimal experienceYears;

    @NotNull
    private WorkLevel workLevel;

    @NotNull
    private Level functionLevel;

    private LevelIndication result;

    public void next() {
        step = Math.min(step + 1, 4);
        if (step == 4) {
            result = registers.indication(null, experienceYears, workLevel, functionLevel);
        }
    }

    public void back() {
        step = Math.max(step - 1, 1);
        result = null;
    }

    public void again() {
        step = 1;
        result = null;
        experienceYears = null;
        workLevel = null;
        functionLevel = null;
    }

    public WorkLevel[] getWorkLevels() {
        return WorkLevel.values();
    }

    public Level[] getFunctionLevels() {
        return new Level[] {Level.C, Level.B, Level.A};
    }

    public int getStep() {
        return step;
    }

    public BigDecimal getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(BigDecimal experienceYears) {
        this.experienceYears = experienceYears;
    }

    public WorkLevel getWorkLevel() {
        return workLevel;
    }

    public void setWorkLevel(WorkLevel workLevel) {
        this.workLevel = workLevel;
    }

    public Level getFunctionLevel() {
        return functionLevel;
    }

    public void setFunctionLevel(Level functionLevel) {
        this.functionLevel = functionLevel;
    }

    public LevelIndication getResult() {
        return result;
    }
}
