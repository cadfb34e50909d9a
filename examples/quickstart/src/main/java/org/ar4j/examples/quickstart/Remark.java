package org.ar4j.examples.quickstart;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** A reader's remark on an article. */
@Table("qs_remarks")
public class Remark extends ActiveRecord<Remark> {
    @Id public Long id;
    public Long articleId;
    public String body;

    public static final BelongsTo<Article> ARTICLE = belongsTo(Article.class).inverseOf("remarks");

    public Remark() {
    }

    public Remark(Article article, String body) {
        this.articleId = article.id;
        this.body = body;
    }
}
