package org.ar4j.examples.quickstart;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Errors;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.HasMany;

/** A blog author. */
@Table("qs_authors")
public class Author extends ActiveRecord<Author> {
    @Id public Long id;
    @Column(unique = true) public String name;
    public String email;

    public static final HasMany<Article> ARTICLES = hasMany(Article.class).inverseOf("author")
            .dependent(Dependent.DELETE);

    public Author() {
    }

    public Author(String name) {
        this.name = name;
        this.email = name.toLowerCase() + "@example.com";
    }

    public static Query<Author> query() {
        return query(Author.class);
    }

    public List<Article> articles() {
        return ARTICLES.get(this);
    }

    @Override
    protected void validate(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.add("name", "must not be blank");
        }
    }
}
