package th.bma.anticorruption.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The case domain stays free of framework types, so the procedure can be read and tested on its own. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.bma.anticorruption.cases");

    @Test
    void theCaseDomainUsesNoSpringKafkaOrMongoTypes() {
        noClasses().that().resideInAPackage("..cases.lifecycle..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotReachIntoTheAdapters() {
        noClasses().that().resideInAPackage("..cases.lifecycle..")
                .should().dependOnClassesThat().resideInAnyPackage("..cases.web..", "..cases.store..",
                        "..cases.casework..", "..cases.messaging..")
                .check(CLASSES);
    }
}
