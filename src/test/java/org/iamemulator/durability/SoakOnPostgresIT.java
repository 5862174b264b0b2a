package org.iamemulator.durability;

import java.util.List;
import org.iamemulator.support.postgres.PostgresAvailable;
import org.iamemulator.support.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The soak on PostgreSQL ({@link Soak}), in a schema of its own. */
@ExtendWith(PostgresAvailable.class)
class SoakOnPostgresIT extends Soak {

    private String schema;

    @Override
    List<String> storeArguments() {
        schema = TestPostgres.freshSchema();
        List<String> args = TestPostgres.arguments(TestPostgres.properties(schema));
        args.add("--spring.profiles.active=postgres");
        // the soak counts lost and wrong answers; on a starved machine the default 2 s wait for a pooled connection
        // would answer some requests 503, the store-outage answer StoreOutageIT covers
        args.add("--emulator.db.connect-timeout=20s");
        return args;
    }

    @Override
    String storeName() {
        return "PostgreSQL";
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void concurrentMixedLoadLosesNothingAndStaysWithinItsBounds() throws Exception {
        run();
    }
}
