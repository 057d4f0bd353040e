package nl.beroepsregister.register.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.beroepsregister.portal.NotFoundPage;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.boundary.LevelSettings;
import nl.beroepsregister.register.boundary.QuestionSettings;
import nl.beroepsregister.register.boundary.RegisterAdministration;
import nl.beroepsregister.register.boundary.RegisterSettings;

/**
 * {@code admin/questions.xhtml?code=}: the yearly questionnaire of a register, per level: add a question, change its
 * wording or order, stop asking it (its answers are kept) or ask it again.
 */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterAdministration administration;

    @Inject
    Words msg;

    private String code;
    private RegisterSettings register;
    private List<QuestionSettings> questions;

    private Level newLevel;
    private String newCode;
    private Integer newPosition = 1;
    private String newTextNl;
    private String newTextEn;

    private QuestionSettings editing;
    private Integer position;
    private String textNl;
    private String textEn;
    private boolean active;

    public String load() {
        try {
            register = administration.register(code);
        } catch (NotFoundException unknown) {
            return NotFoundPage.show();
        }
        questions = administration.questions(code);
        newLevel = getLevels().stream().filter(l -> l != Level.C).findFirst()
                .orElse(getLevels().isEmpty() ? null : getLevels().get(0));
        return null;
    }

    public List<Level> getLevels() {
        return register.levels().stream().map(LevelSettings::level).toList();
    }

    /** Whether the level's renewal asks for the questionnaire at all. */
    public boolean asked(Level level) {
        return register.levels().stream().anyMatch(l -> l.level() == level && l.questionnaire());
    }

    public void add() {
        QuestionSettings added = administration.addQuestion(code, newLevel, newCode,
                newPosition == null ? 0 : newPosition, newTextNl, newTextEn);
        questions = administration.questions(code);
        info(msg.format("admin.questions.added", added.code(), added.level().name()));
        newCode = null;
        newTextNl = null;
        newTextEn = null;
        newPosition = added.position() + 1;
    }

    public void edit(QuestionSettings question) {
        editing = question;
        position = question.position();
        textNl = question.textNl();
        textEn = question.textEn();
        active = question.active();
    }

    public void save() {
        QuestionSettings saved = administration.changeQuestion(editing.id(), editing.version(),
                position == null ? 0 : position, textNl, textEn, active);
        questions = administration.questions(code);
        editing = null;
        info(msg.format("admin.questions.saved", saved.code(), saved.level().name()));
    }

    public void cancel() {
        editing = null;
    }

    /** Stops or resumes asking a question in one click, keeping its wording. */
    public void toggle(QuestionSettings question) {
        QuestionSettings saved = administration.changeQuestion(question.id(), question.version(),
                question.position(), question.textNl(), question.textEn(), !question.active());
        questions = administration.questions(code);
        info(msg.format(saved.active() ? "admin.questions.activated" : "admin.questions.deactivated",
                saved.code(), saved.level().name()));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RegisterSettings getRegister() {
        return register;
    }

    public List<QuestionSettings> getQuestions() {
        return questions;
    }

    public Level getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(Level newLevel) {
        this.newLevel = newLevel;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public Integer getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(Integer newPosition) {
        this.newPosition = newPosition;
    }

    public String getNewTextNl() {
        return newTextNl;
    }

    public void setNewTextNl(String newTextNl) {
        this.newTextNl = newTextNl;
    }

    public String getNewTextEn() {
        return newTextEn;
    }

    public void setNewTextEn(String newTextEn) {
        this.newTextEn = newTextEn;
    }

    public QuestionSettings getEditing() {
        return editing;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getTextNl() {
        return textNl;
    }

    public void setTextNl(String textNl) {
        this.textNl = textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
