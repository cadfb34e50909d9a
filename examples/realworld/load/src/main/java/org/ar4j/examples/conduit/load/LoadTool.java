package org.ar4j.examples.conduit.load;

import java.util.Arrays;

import org.ar4j.examples.conduit.ConduitApplication;
import org.springframework.boot.SpringApplication;

/**
 * The load test's tooling, kept out of the application: {@code seed <database URL>} fills a fresh database
 * ({@link Seed}); with no arguments it starts Conduit with profile {@code load}, which adds the statement probe
 * ({@link StatementProbe}). run-load.sh drives both.
 */
public final class LoadTool {
    private LoadTool() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("seed")) {
            Seed.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication app = new SpringApplication(ConduitApplication.class);
        app.setAdditionalProfiles("load");
        app.run(args);
    }
}
