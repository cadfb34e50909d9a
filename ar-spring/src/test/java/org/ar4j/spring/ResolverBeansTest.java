package org.ar4j.spring;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import org.ar4j.Database;
import org.ar4j.TenantIsolationException;
import org.ar4j.spring.testapp.Board;
import org.ar4j.spring.testapp.Note;
import org.ar4j.spring.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Spring Security present and no AuditorResolver bean, the principal's name fills @CreatedBy/@UpdatedBy; the
 * application's TenantResolver bean confines @TenantId models.
 */
@SpringBootTest(classes = TestApplication.class, properties = "spring.datasource.url=jdbc:sqlite:target/spring-auditing.db")
class ResolverBeansTest {
    @Autowired Database db;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TestApplication.TENANT.remove();
    }

    @Test
    void theTenantResolverBeanConfinesTenantModels() {
        db.schema().createIfMissing(Board.class);
        db.asAllTenants("test: empty the boards", () -> db.query(Board.class).deleteAll());
        TestApplication.TENANT.set("t1");
        new Board("mine").save();
        TestApplication.TENANT.set("t2");
        assertThat(db.query(Board.class).count()).as("t2 sees none of t1's boards").isZero();
        TestApplication.TENANT.remove();
        assertThatThrownBy(() -> db.query(Board.class).count()).isInstanceOf(TenantIsolationException.class);
        assertThat(db.asAllTenants("test: count every board", () -> db.query(Board.class).count())).isEqualTo(1);
    }

    @Test
    void thePrincipalsNameIsWhoWrites() {
        db.schema().createIfMissing(Note.class);
        db.query(Note.class).deleteAll();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice",
                "secret", AuthorityUtils.createAuthorityList("ROLE_USER")));
        Note n = new Note("first").save();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bob",
                "secret", AuthorityUtils.createAuthorityList("ROLE_USER")));
        n.text = "edited";
        n.save();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        Note anon = new Note("by nobody").save();
        try (Database other = Database.builder().url("jdbc:sqlite:target/spring-auditing.db").build()) {
            Note read = other.find(Note.class, n.id).orElseThrow();
            assertThat(List.of(read.author, read.editor)).containsExactly("alice", "bob");
            assertThat(other.find(Note.class, anon.id).orElseThrow().author).as("anonymous is nobody").isNull();
        }
    }
}
