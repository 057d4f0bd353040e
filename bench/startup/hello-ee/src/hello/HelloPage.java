package hello;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class HelloPage {
    @Inject
    Greetings greetings;

    public String getText() {
        return greetings.hello();
    }
}
