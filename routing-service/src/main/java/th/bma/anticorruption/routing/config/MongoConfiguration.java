package th.bma.anticorruption.routing.config;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Channel timestamps are stored as ISO-8601 text so their Bangkok offset survives (a BSON date would keep only the
 * instant).
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new OffsetDateTimeToString(), new StringToOffsetDateTime()));
    }

    @WritingConverter
    static final class OffsetDateTimeToString implements Converter<OffsetDateTime, String> {
        @Override
        public String convert(OffsetDateTime source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToOffsetDateTime implements Converter<String, OffsetDateTime> {
        @Override
        public OffsetDateTime convert(String source) {
            return OffsetDateTime.parse(source);
        }
    }
}
