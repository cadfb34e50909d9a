package org.ar4j.examples.kotlin

import org.ar4j.ActiveRecord
import org.ar4j.Column
import org.ar4j.Id
import org.ar4j.Table
import org.ar4j.relation.BelongsTo
import org.ar4j.relation.HasMany

// tag::models[]
/** An author: `var` properties (ar4j writes fields when it loads a row), relations as `@JvmField` constants. */
@Table("kt_authors")
class Author() : ActiveRecord<Author>() {
    @Id var id: Long? = null
    @Column(notNull = true) var name: String? = null

    constructor(name: String) : this() {
        this.name = name
    }

    companion object {
        @JvmField val BOOKS: HasMany<Book> = hasMany(Book::class.java).inverseOf("author")
    }
}

@Table("kt_books")
class Book() : ActiveRecord<Book>() {
    @Id var id: Long? = null
    var authorId: Long? = null
    var title: String? = null
    var pages: Int = 0

    constructor(author: Author, title: String, pages: Int) : this() {
        this.authorId = author.id
        this.title = title
        this.pages = pages
    }

    companion object {
        @JvmField val AUTHOR: BelongsTo<Author> = belongsTo(Author::class.java).inverseOf("books")
    }
}
// end::models[]
