package org.ar4j.examples.conduit.model;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** The join model of articles and tags. */
@Table("conduit_article_tags")
public class ArticleTag extends ActiveRecord<ArticleTag> {
    @Id public Long id;
    public Long articleId;
    public Long tagId;

    public ArticleTag() {
    }

    public ArticleTag(long articleId, long tagId) {
        this.articleId = articleId;
        this.tagId = tagId;
    }
}
