package th.bma.anticorruption.routing;

import th.bma.anticorruption.testkit.architecture.ServiceArchitecture;
import th.bma.anticorruption.testkit.architecture.ServiceArchitectureTest;

/**
 * The service keeps the platform's architecture rules. {@code decision} is the
 * application layer that keeps decisions and complaint files in MongoDB and publishes them, so it is not counted as
 * domain.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected ServiceArchitecture architecture() {
        return ServiceArchitecture.of("th.bma.anticorruption.routing",
                "classification", "directory", "jurisdiction", "rules");
    }
}
