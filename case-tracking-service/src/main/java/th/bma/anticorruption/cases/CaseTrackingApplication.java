package th.bma.anticorruption.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaseTrackingApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseTrackingApplication.class, args);
    }
}
