package th.bma.anticorruption.intake;

import th.bma.anticorruption.testkit.architecture.ServiceArchitecture;
import th.bma.anticorruption.testkit.architecture.ServiceArchitectureTest;

/**
 * The service keeps the platform's architecture rules: the case procedure in
 * {@code lifecycle} can be read and tested on its own. {@code casework} is the application layer that loads, applies
 * and stores cases; {@code deadline} watches the stored cases for due alarms.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected ServiceArchitecture architecture() {
        return ServiceArchitecture.of("th.bma.anticorruption.intake", "validation");
    }
}
