package org.ar4j.dialect.sqlite.smoke;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.QueryEvent;
import org.ar4j.Table;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Table("s_users")
    public static class SUser extends ActiveRecord<SUser> {
        @Id public Long id;
        public String name;
        public static final HasMany<SPost> POSTS = hasMany(SPost.class).foreignKey("userId").inverseOf("user");
        public SUser() {}
        public SUser(String n) { name = n; }
    }

    @Table("s_posts")
    public static class SPost extends ActiveRecord<SPost> {
        @Id public Long id;
        public Long userId;
        public String title;
        public static final BelongsTo<SUser> USER = belongsTo(SUser.class).inverseOf("posts");
    }

    @Test
    void endToEnd() {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.makeDefault();
            List<QueryEvent> events = new ArrayList<>();
            db.addQueryListener(events::add);
            db.schema().create(SUser.class, SPost.class);
            for (int i = 0; i < 5; i++) {
                SUser u = new SUser("u" + i).save();
                for (int j = 0; j < 3; j++) {
                    SPost p = new SPost();
                    p.userId = u.id;
                    p.title = "p" + i + j;
                    p.save();
                }
            }
            events.clear();
            List<SUser> users = db.query(SUser.class).orderBy(Order.asc("id")).all();
            int total = 0;
            for (SUser u : users) {
                total += SUser.POSTS.get(u).size();
                assertThat(SPost.USER.get(SUser.POSTS.get(u).get(0))).isSameAs(u);
            }
            assertThat(total).isEqualTo(15);
            assertThat(events).hasSize(2);
            events.clear();
            List<SUser> eager = db.query(SUser.class).with("posts").where(Where.like("name", "u%")).all();
            assertThat(eager).hasSize(5);
            assertThat(events).hasSize(2);
            System.out.println(events);
        }
    }
}
