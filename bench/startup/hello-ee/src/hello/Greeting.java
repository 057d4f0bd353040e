package hello;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Greeting {
    @Id
    private Long id;
    private String text;

    protected Greeting() {
    }

    public Greeting(Long id, String text) {
        this.id = id;
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
