package org.ar4j.examples.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;
import org.ar4j.jackson.Ar4jModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Json;
import org.ar4j.Table;
import org.ar4j.Transient;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;

import static org.assertj.core.api.Assertions.assertThat;

/** Models written as JSON with their loaded relations, without ar4j's state and without running a query. */
class Ar4jModuleTest {
    /** An author. */
    @Table("jackson_authors")
    public static class Author extends ActiveRecord<Author> {
        public static final HasMany<Book> BOOKS = hasMany(Book.class).inverseOf("author");
        @Id public Long id;
        public String name;
        @Transient public String scratch = "not written";
    }

    /** A book, with a JSON list. */
    @Table("jackson_books")
    public static class Book extends ActiveRecord<Book> {
        public static final BelongsTo<Author> AUTHOR = belongsTo(Author.class).inverseOf("books");
        @Id public Long id;
        public String title;
        public Long authorId;
        @Json public List<String> tags;
    }

    // tag::json-annotations-model[]
    /** A member whose password hash is never written, and whose name is written under another key. */
    @Table("jackson_members")
    public static class Member extends ActiveRecord<Member> {
        @JsonIgnore public static final HasMany<Book> DRAFTS = hasMany(Book.class).foreignKey("author_id");
        @Id public Long id;
        @JsonProperty("display_name") public String name;
        @JsonIgnore public String passwordHash;
    }
    // end::json-annotations-model[]

    private Database db;
    private final AtomicInteger statements = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.connect("jdbc:sqlite::memory:");
        db.schema().create(Author.class, Book.class, Member.class);
        db.addQueryListener(e -> statements.incrementAndGet());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadedRelationsAreWrittenWithoutBackLinksOrState() {
        Long id = db.bind(() -> {
            Author a = new Author();
            a.name = "Ada";
            a.save();
            Book b = new Book();
            b.title = "Notes";
            b.authorId = a.id;
            b.tags = new ArrayList<>(List.of("math", "engines"));
            b.save();
            return a.id;
        });
        // tag::json-out[]
        JsonMapper mapper = JsonMapper.builder().addModule(new Ar4jModule()).build();   // ar-spring: automatic
        Author loaded = db.query(Author.class).with("books").where("id", id).one();
        String json = mapper.writeValueAsString(loaded);
        // {"id":1,"name":"Ada","books":[{"id":1,"title":"Notes","authorId":1,"tags":["math","engines"]}]}
        // end::json-out[]
        assertThat(json).isEqualTo("{\"id\":" + id + ",\"name\":\"Ada\",\"books\":[{\"id\":1,\"title\":\"Notes\","
                + "\"authorId\":" + id + ",\"tags\":[\"math\",\"engines\"]}]}");
        statements.set(0);
        mapper.writeValueAsString(loaded);
        assertThat(statements).as("writing runs no query").hasValue(0);
        Author bare = db.find(Author.class, id).orElseThrow();
        statements.set(0);
        assertThat(mapper.writeValueAsString(bare)).isEqualTo("{\"id\":" + id + ",\"name\":\"Ada\"}");
        assertThat(statements).as("a relation not loaded is left out, not loaded").hasValue(0);
    }

    @Test
    void jacksonsIgnoreAndPropertyAnnotationsApply() {
        // tag::json-annotations[]
        Member m = db.bind(() -> {
            Member member = new Member();
            member.name = "Ada";
            member.passwordHash = "$2a$10$secret";
            return member.save();
        });
        Member loaded = db.query(Member.class).with("drafts").where("id", m.id).one();
        String json = JsonMapper.builder().addModule(new Ar4jModule()).build().writeValueAsString(loaded);
        // {"id":1,"display_name":"Ada"}: no passwordHash, no drafts even though they are loaded
        // end::json-annotations[]
        assertThat(json).isEqualTo("{\"id\":" + m.id + ",\"display_name\":\"Ada\"}");
    }
}
