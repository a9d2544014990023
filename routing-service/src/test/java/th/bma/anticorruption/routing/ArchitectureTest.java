package th.bma.anticorruption.routing;

import th.bma.anticorruption.testkit.architecture.ServiceArchitecture;
import th.bma.anticorruption.testkit.architecture.ServiceArchitectureTest;

/**
 * The service keeps the platform's architecture rules: the routing domain (classification, the unit directory, the
 * jurisdiction rules, the rule book and the decisions) can be read and tested on its own; {@code decision} names the
 * ports where decisions are kept and announced, which {@code store} and {@code messaging} implement.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected ServiceArchitecture architecture() {
        return ServiceArchitecture.of("th.bma.anticorruption.routing",
                "classification", "decision", "directory", "jurisdiction", "rules");
    }
}
