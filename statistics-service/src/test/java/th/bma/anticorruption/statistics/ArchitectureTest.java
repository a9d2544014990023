package th.bma.anticorruption.statistics;

import th.bma.anticorruption.testkit.architecture.ServiceArchitecture;
import th.bma.anticorruption.testkit.architecture.ServiceArchitectureTest;

/**
 * The service keeps the platform's architecture rules. {@code readmodel} is the
 * MongoDB store behind the domain's {@code MonthlyFigureSource} and {@code MonthEditionArchive}.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected ServiceArchitecture architecture() {
        return ServiceArchitecture.of("th.bma.anticorruption.statistics", "editions", "monthly", "report");
    }
}
