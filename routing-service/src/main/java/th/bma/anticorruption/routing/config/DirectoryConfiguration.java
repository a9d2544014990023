package th.bma.anticorruption.routing.config;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import th.bma.anticorruption.routing.directory.Directory;
import tools.jackson.databind.json.JsonMapper;

/** Loads the unit directory seed once at start-up. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    @Bean
    Directory directory() throws IOException {
        return Directory.load(new ClassPathResource("directory/directory.json").getInputStream(),
                JsonMapper.builder().build());
    }
}
