package th.bma.anticorruption.testkit.architecture;

import org.junit.jupiter.api.Test;

/**
 * The architecture test every service runs: a service's {@code ArchitectureTest} extends this and names its
 * {@link ServiceArchitecture}.
 */
public abstract class ServiceArchitectureTest {

    /** The service's base package and domain packages. */
    protected abstract ServiceArchitecture architecture();

    @Test
    void theDomainUsesNoSpringMongoKafkaOrHttpTypes() {
        architecture().domainIsFreeOfFrameworkTypes();
    }

    @Test
    void packagesFormNoCycle() {
        architecture().packagesAreFreeOfCycles();
    }

    @Test
    void noOtherServicesCodeIsUsed() {
        architecture().usesNoOtherServicesCode();
    }

    @Test
    void theDomainDoesNotReachIntoTheAdapters() {
        architecture().adaptersStayAtTheEdge();
    }
}
