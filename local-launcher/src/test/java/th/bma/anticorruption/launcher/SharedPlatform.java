package th.bma.anticorruption.launcher;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives end-to-end tests one platform for the whole failsafe run: started by the first test that asks for it, kept in
 * the root context's store, and closed (stopped) when the run ends. Starting it costs about a minute of the build's
 * two cores, so the tests share it instead of starting their own. Inject {@link PlatformUnderTest} or
 * {@link PlatformClient}.
 */
final class SharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PlatformUnderTest.class || type == PlatformClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PlatformUnderTest platform = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartAttempt.class, key -> StartAttempt.make(), StartAttempt.class).platform();
        return parameter.getParameter().getType() == PlatformUnderTest.class ? platform : new PlatformClient(platform);
    }

    /** The one start of the run: a platform, or why it did not come up (so later tests do not try again for minutes). */
    private record StartAttempt(PlatformUnderTest started, RuntimeException failure) implements AutoCloseable {

        static StartAttempt make() {
            try {
                return new StartAttempt(PlatformUnderTest.start(), null);
            } catch (RuntimeException | AssertionError e) {
                return new StartAttempt(null, new IllegalStateException(e.getMessage(), e));
            }
        }

        PlatformUnderTest platform() {
            if (failure != null) {
                throw new IllegalStateException("The shared platform did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
