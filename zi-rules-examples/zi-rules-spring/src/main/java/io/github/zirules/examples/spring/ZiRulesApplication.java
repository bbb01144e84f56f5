package io.github.zirules.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The zi-rules web service. */
@SpringBootApplication
public class ZiRulesApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(ZiRulesApplication.class, args);
    }
}
