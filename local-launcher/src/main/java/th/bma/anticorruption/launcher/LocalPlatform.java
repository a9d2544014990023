package th.bma.anticorruption.launcher;

/** The local run. Placeholder until the launcher lands. */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet");
    }
}
