package org.ar4j.spring;

import org.springframework.boot.test.context.SpringBootTest;

import org.ar4j.spring.testapp.TestApplication;

/** The second of two contexts (see {@link TwoContextsContract}). */
@SpringBootTest(classes = TestApplication.class, properties = "spring.datasource.url=jdbc:sqlite:target/spring-world-b.db")
class WorldBTest extends TwoContextsContract {
    @Override
    String file() {
        return "target/spring-world-b.db";
    }

    @Override
    String otherFile() {
        return "target/spring-world-a.db";
    }
}
