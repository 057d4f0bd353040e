package nl.beroepsregister.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/** Applies the language switch ({@code ?lang=nl|en}) before a view is restored or built. */
public class LanguageSwitch implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        CDI.current().select(LanguageSelection.class).get().onRequest();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the choice is made before the view
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
