package hello;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
public class Greetings {
    @PersistenceContext
    EntityManager em;

    public String hello() {
        Greeting greeting = em.find(Greeting.class, 1L);
        if (greeting == null) {
            greeting = new Greeting(1L, "Hello, world.");
            em.persist(greeting);
        }
        return greeting.getText();
    }
}
