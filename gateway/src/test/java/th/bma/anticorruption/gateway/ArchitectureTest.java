package th.bma.anticorruption.gateway;

import th.bma.anticorruption.testkit.architecture.ServiceArchitecture;
import th.bma.anticorruption.testkit.architecture.ServiceArchitectureTest;

/**
 * The service keeps the platform's architecture rules. Every package here adapts
 * HTTP or Spring Security to the platform, so there is no domain package to keep framework-free.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected ServiceArchitecture architecture() {
        return ServiceArchitecture.of("th.bma.anticorruption.gateway");
    }
}
