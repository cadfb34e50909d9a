package org.ar4j.tck.scenarios;

import java.util.HashMap;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.ConstraintViolationException;
import org.ar4j.ValidationException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Stock;
import org.ar4j.tck.fixtures.Ticket;
import org.ar4j.tck.fixtures.Token;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared constraints hold on every backend, and their violations name the model and fields. */
@Tag("bad-input")
class ConstraintsTest extends TckScenario {

    @Test
    @DisplayName("records without a value in a unique field never collide, as in SQL; two equal values do")
    void uniqueAllowsManyWithoutValue() {
        new Stock("A", 1).save();
        Stock b = new Stock("B", 1);
        b.save();
        b.barcode = "X";
        b.save();
        b.barcode = null;
        b.save();
        Stock c = new Stock("C", 1);
        c.barcode = "Y";
        c.save();
        Stock d = new Stock("D", 1);
        d.barcode = "Y";
        assertThatThrownBy(d::save).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Stock.barcode");
        assertThat(observer().query(Stock.class).where(Where.isNull("barcode")).count()).isEqualTo(2);
        assertThat(observer().query(Stock.class).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("a duplicate unique value is a ConstraintViolationException naming Model.field")
    void uniqueNamesTheField() {
        new User("taken").save();
        User dup = new User("taken");
        assertThatThrownBy(dup::save).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("User.username")
                .satisfies(e -> {
                    ConstraintViolationException c = (ConstraintViolationException) e;
                    assertThat(c.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
                    assertThat(c.fields()).containsExactly("User.username");
                });
        assertThat(dup.isNewRecord()).isTrue();
        assertThat(observer().query(User.class).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a duplicate assigned id names the id field")
    void duplicateIdNamesTheId() {
        Token a = new Token("a").save();
        Token b = new Token("b");
        b.id = a.id;
        assertThatThrownBy(b::save).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).fields()).as(e.getMessage())
                        .containsExactly("Token.id"));
        assertThat(observer().query(Token.class).pluck("label", String.class)).containsExactly("a");
    }

    @Test
    @DisplayName("@Column(notNull = true) holds on every backend: null is refused before any statement")
    void notNullHolds() {
        Ticket t = new Ticket(null);
        queries.reset();
        assertThatThrownBy(t::save).isInstanceOf(ValidationException.class).hasMessageContaining("Ticket")
                .hasMessageContaining("code must not be null");
        assertThat(queries.count()).isZero();
        new Ticket("ok").save();
        Map<String, Object> nul = new HashMap<>();
        nul.put("code", null);
        assertThatThrownBy(() -> ActiveRecord.query(Ticket.class).updateAll(nul)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("code");
        Ticket stored = ActiveRecord.query(Ticket.class).one();
        stored.code = null;
        assertThatThrownBy(stored::save).isInstanceOf(ValidationException.class);
        assertThat(observer().query(Ticket.class).pluck("code", String.class)).containsExactly("ok");
    }

    @Test
    @DisplayName("strings compare exactly: trailing spaces count in equality and in unique indexes")
    void trailingSpaces() {
        new User("pad").save();
        new User("pad ").save();
        assertThat(ActiveRecord.query(User.class).where(Where.eq("username", "pad")).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(User.class).where(Where.eq("username", "pad ")).pluck("username", String.class))
                .containsExactly("pad ");
        assertThat(ActiveRecord.query(User.class).where(Where.in("username", "pad")).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(User.class).where(Where.like("username", "pad")).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(User.class).where(Where.lt("username", "pad ")).pluck("username", String.class))
                .containsExactly("pad");
    }
}
