package org.ar4j.spring.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The application the Spring tests start: Spring Boot's auto-configuration plus one service. */
@SpringBootApplication
public class TestApplication {

    /** The tenant of the current request, as a web filter would set it; tests set it directly. */
    public static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    @Bean
    EntryService entryService(JdbcTemplate jdbc) {
        return new EntryService(jdbc);
    }

    /** The application's tenant resolver: ar-spring gives it to the Database. */
    @Bean
    org.ar4j.TenantResolver tenantResolver() {
        return TENANT::get;
    }

    /** Start-up work through model statics (testapp.startup-memo=...): it must land in this context's database. */
    @Bean
    org.springframework.boot.ApplicationRunner startupMemo(org.springframework.core.env.Environment env,
                                                          org.ar4j.Database db) {
        return args -> {
            String memo = env.getProperty("testapp.startup-memo");
            if (memo != null) {
                db.schema().createIfMissing(Entry.class);
                new Entry(memo).save();
            }
        };
    }

    /** A service whose @Transactional methods write through ar4j and JdbcTemplate. */
    public static class EntryService {
        private final JdbcTemplate jdbc;

        public EntryService(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** One row through ar4j, one through JdbcTemplate, in one transaction. */
        @Transactional
        public Entry writeBoth(String viaAr4j, String viaJdbc) {
            return writeBothDirect(viaAr4j, viaJdbc);
        }

        /** Like {@link #writeBoth} and then throws, so Spring rolls the transaction back. */
        @Transactional
        public void writeBothThenFail(String viaAr4j, String viaJdbc, Entry[] saved) {
            saved[0] = writeBothDirect(viaAr4j, viaJdbc);
            throw new IllegalStateException("the service failed after writing");
        }

        private Entry writeBothDirect(String viaAr4j, String viaJdbc) {
            Entry e = new Entry(viaAr4j);
            e.save();
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", viaJdbc);
            return e;
        }
    }
}
