package th.bma.anticorruption.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every service keeps, checked the same way in each: the domain packages hold no Spring, MongoDB,
 * Kafka or HTTP types; the feature packages form no cycle; no service uses another service's code (they meet only
 * through {@code event-contracts} and {@code platform-support}); and the adapters ({@code web}, {@code messaging},
 * {@code store}, {@code config}) sit at the edge, where nothing in the domain reaches them.
 *
 * <p>A service's {@code ArchitectureTest} extends {@link ServiceArchitectureTest}, naming its base package and its
 * domain packages.
 */
public final class ServiceArchitecture {

    /** The packages that adapt the domain to the outside; only the edge of a service may depend on them. */
    public static final List<String> ADAPTER_PACKAGES = List.of("web", "messaging", "store", "config");

    static final String PLATFORM = "th.bma.anticorruption";

    static final List<String> SERVICE_PACKAGES = List.of("routing", "intake", "cases", "statistics", "gateway",
            "authserver");

    static final String[] FRAMEWORK_PACKAGES = {"org.springframework..", "org.apache.kafka..", "com.mongodb..",
        "org.bson..", "jakarta.servlet..", "jakarta.ws.rs..", "java.net.http..", "reactor.netty..", "io.netty.."};

    /** Each service's classes are read once per test run, not once per rule. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String basePackage;
    private final List<String> domainPackages;
    private final JavaClasses classes;

    private ServiceArchitecture(String basePackage, List<String> domainPackages) {
        this.basePackage = basePackage;
        this.domainPackages = domainPackages;
        this.classes = IMPORTED.computeIfAbsent(basePackage, base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base));
    }

    /**
     * The architecture of the service whose code lives under {@code basePackage}.
     *
     * @param basePackage the service's root package, e.g. {@code th.bma.anticorruption.routing}
     * @param domainPackages the service's domain packages, relative to the base, e.g. {@code "rules"}
     */
    public static ServiceArchitecture of(String basePackage, String... domainPackages) {
        return new ServiceArchitecture(basePackage, List.of(domainPackages));
    }

    /** The domain packages use no Spring, MongoDB, Kafka or HTTP types. */
    public void domainIsFreeOfFrameworkTypes() {
        noClasses().that().resideInAnyPackage(domain())
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The service's feature packages depend on one another without a cycle. */
    public void packagesAreFreeOfCycles() {
        slices().matching(basePackage + ".(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The service uses no other service's code. */
    public void usesNoOtherServicesCode() {
        String own = basePackage.substring(PLATFORM.length() + 1).split("\\.")[0];
        String[] others = SERVICE_PACKAGES.stream().filter(s -> !s.equals(own))
                .map(s -> PLATFORM + "." + s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .check(classes);
    }

    /** Nothing in the domain depends on an adapter: adapters call the domain, never the other way round. */
    public void adaptersStayAtTheEdge() {
        noClasses().that().resideInAnyPackage(domain())
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_PACKAGES.stream()
                        .map(a -> basePackage + "." + a + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    private String[] domain() {
        return domainPackages.stream().map(p -> basePackage + "." + p + "..").toArray(String[]::new);
    }
}
