package hello;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

@Path("hello")
public class HelloResource {
    @Inject
    Greetings greetings;

    @GET
    public String hello() {
        return greetings.hello();
    }

    @ApplicationPath("api")
    public static class Api extends Application {
    }
}
