package th.bma.anticorruption.load.faults;

/** One fault the platform must survive without losing or doubling an acknowledged complaint. */
interface Scenario {

    /** Short name, as in {@code --only=}. */
    String name();

    ScenarioResult run(FaultContext context) throws Exception;
}
