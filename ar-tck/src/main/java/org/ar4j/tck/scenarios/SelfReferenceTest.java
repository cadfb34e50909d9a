package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Employee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.ar4j.query.Where;

/** A self-referencing model: an org chart. */
@Tag("relations")
class SelfReferenceTest extends TckScenario {
    private Employee ceo;

    @BeforeEach
    void chart() {
        ceo = new Employee("ceo", null).save();
        Employee cto = new Employee("cto", ceo).save();
        Employee cfo = new Employee("cfo", ceo).save();
        new Employee("dev1", cto).save();
        new Employee("dev2", cto).save();
        new Employee("acct", cfo).save();
    }

    @Test
    @DisplayName("reports and manager navigate the chart")
    void navigate() {
        Employee boss = ActiveRecord.findOrFail(Employee.class, ceo.id);
        assertThat(boss.reports()).extracting(e -> e.name).containsExactly("cfo", "cto");
        Employee cto = boss.reports().get(1);
        assertThat(cto.reports()).extracting(e -> e.name).containsExactly("dev1", "dev2");
        assertThat(cto.reports().get(0).manager()).isSameAs(cto);
    }

    @Test
    @DisplayName("the root's manager is null without a query")
    void root() {
        Employee boss = ActiveRecord.findOrFail(Employee.class, ceo.id);
        queries.reset();
        assertThat(boss.manager()).isNull();
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("with(\"reports.reports\") loads three levels in three queries")
    void eagerTwoLevels() {
        queries.reset();
        Employee boss = Employee.query().where("name", "ceo").with("reports.reports").one();
        int people = 0;
        for (Employee e : boss.reports()) {
            people += 1 + e.reports().size();
        }
        assertThat(people).isEqualTo(5);
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("with(\"manager.manager\") climbs the chart")
    void eagerUp() {
        queries.reset();
        List<Employee> devs = Employee.query().where(Where.like("name", "dev%")).with("manager.manager").all();
        assertThat(devs).allSatisfy(d -> assertThat(d.manager().manager().name).isEqualTo("ceo"));
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    @DisplayName("iterating everyone's manager under PEERS costs two queries")
    void peers() {
        queries.reset();
        for (Employee e : Employee.query().all()) {
            if (e.manager() != null) {
                assertThat(e.manager().name).isNotBlank();
            }
        }
        assertThat(queries.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("with(\"reports.manager\") keeps the inverse: each report's manager is the loaded root, no query for it")
    void cyclicPathKeepsInverse() {
        queries.reset();
        Employee boss = Employee.query().where("name", "ceo").with("reports.manager", "reports.reports.manager").one();
        assertThat(queries.count()).as("ceo, reports, their reports").isEqualTo(3);
        for (Employee e : boss.reports()) {
            assertThat(e.manager()).isSameAs(boss);
            for (Employee r : e.reports()) {
                assertThat(r.manager()).isSameAs(e);
            }
        }
        assertThat(queries.count()).isEqualTo(3);
    }
}
