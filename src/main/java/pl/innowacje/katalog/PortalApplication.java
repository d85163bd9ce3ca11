package pl.innowacje.katalog;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PortalApplication.class);
        // "--reindex" is a one-off command: rebuild the index from the database and exit, without a web server.
        // So are "--import=PATH" (check or import a package) and "--export=FILE.zip" (write the catalogue as one).
        if (Arrays.asList(args).contains("--reindex")
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--import=") || a.startsWith("--export="))) {
            app.setWebApplicationType(WebApplicationType.NONE);
        }
        app.run(args);
    }
}
