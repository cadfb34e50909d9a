package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.TenantIsolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenancy examples of docs/scopes.md, compiled and run. */
class TenancyExamplesTest {
    /** Stands for where the application keeps the request's customer (a filter sets it). */
    private static final ThreadLocal<String> CUSTOMER = new ThreadLocal<>();

    private static Project project(String name) {
        Project p = new Project();
        p.name = name;
        return p;
    }

    @Test
    void tenants() {
        // tag::resolver[]
        Database db = Database.builder().url("jdbc:sqlite::memory:")
                .tenants(() -> CUSTOMER.get())              // asked at each operation; null: refused
                .build();
        // end::resolver[]
        try (db) {
            db.makeDefault();
            db.schema().createIfMissing(Project.class);
            // tag::use[]
            CUSTOMER.set("acme");
            Project roadmap = project("roadmap").save();                  // customer = "acme"
            CUSTOMER.set("globex");
            project("launch").save();                                     // customer = "globex"

            List<Project> mine = ActiveRecord.query(Project.class).all();  // WHERE customer = 'globex': [launch]
            roadmap.name = "stolen";
            // roadmap.save() throws TenantIsolationException: it belongs to acme

            long all = db.asAllTenants("monthly usage report", () -> ActiveRecord.query(Project.class).count());   // 2
            long acme = db.asTenant("acme", () -> ActiveRecord.query(Project.class).count());                      // 1
            // end::use[]
            assertThat(mine).extracting(p -> p.name).containsExactly("launch");
            assertThatThrownBy(roadmap::save).isInstanceOf(TenantIsolationException.class);
            assertThat(all).isEqualTo(2);
            assertThat(acme).isEqualTo(1);
            CUSTOMER.remove();
            assertThatThrownBy(() -> ActiveRecord.query(Project.class).count()).isInstanceOf(TenantIsolationException.class);
        } finally {
            CUSTOMER.remove();
        }
    }
}
