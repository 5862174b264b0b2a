package org.iamemulator.durability;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak on the embedded file store ({@link Soak}). */
class SoakIT extends Soak {

    @TempDir
    Path dir;

    @Override
    List<String> storeArguments() {
        return List.of("--emulator.store.path=" + dir.resolve("soak"));
    }

    @Override
    String storeName() {
        return "H2 file store";
    }

    @Test
    void concurrentMixedLoadLosesNothingAndStaysWithinItsBounds() throws Exception {
        run();
    }
}
