package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ConversionException;
import org.ar4j.LoadMode;
import org.ar4j.ModelDefinitionException;
import org.ar4j.ValidationException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Article;
import org.ar4j.tck.fixtures.Picture;
import org.ar4j.tck.fixtures.Remark;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.broken.MorphTwins;
import org.ar4j.tck.fixtures.broken.Unlisted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Polymorphic relations: a remark belongs to an article or to a picture ({@link Remark#SUBJECT}, a MorphTo), and
 * each has its remarks ({@code morphMany}). Articles and pictures are numbered from 1 in their own tables, so their
 * ids collide: every scenario checks that a record of one type never shows up as the other's.
 */
@Tag("relations")
class PolymorphicTest extends TckScenario {
    private final Random rnd = new Random(20261207L);
    private final List<Article> articles = new ArrayList<>();
    private final List<Picture> pictures = new ArrayList<>();
    /** The oracle: remark id to its subject (null for none). */
    private final Map<Long, ActiveRecord<?>> subjectOf = new HashMap<>();

    /** Seeded subjects (articles with authors, pictures) and remarks on either or on nothing. */
    private void seed(int subjects, int remarks) {
        User author = new User("morph-author");
        author.save();
        for (int i = 0; i < subjects; i++) {
            Article a = new Article("article " + i);
            a.authorId = i % 2 == 0 ? author.id : null;
            a.save();
            articles.add(a);
            Picture p = new Picture("picture " + i);
            p.save();
            pictures.add(p);
        }
        for (int i = 0; i < remarks; i++) {
            Remark r = new Remark("remark " + i);
            int pick = rnd.nextInt(5);
            ActiveRecord<?> subject = pick < 2 ? articles.get(rnd.nextInt(subjects))
                    : pick < 4 ? pictures.get(rnd.nextInt(subjects)) : null;
            Remark.SUBJECT.set(r, subject);
            r.save();
            subjectOf.put(r.id, subject);
        }
    }

    private static String describe(ActiveRecord<?> subject) {
        if (subject == null) {
            return "none";
        }
        return subject instanceof Article a ? "Article " + a.id : "Picture " + ((Picture) subject).id;
    }

    private void assertSubjects(List<Remark> remarks) {
        for (Remark r : remarks) {
            assertThat(describe(r.subject())).as("subject of remark %s", r.id).isEqualTo(describe(subjectOf.get(r.id)));
        }
    }

    @Test
    @DisplayName("with(\"subject\") over mixed targets reads one query per target type, every remark its own subject")
    void eagerLoadsOneQueryPerType() {
        seed(8, 60);
        List<Remark> remarks = queries.measure(() -> ActiveRecord.query(Remark.class).with("subject").orderBy("id").all());
        assertThat(queries.count()).as("%s", queries.texts()).isEqualTo(3);
        assertThat(queries.during(() -> assertSubjects(remarks))).isZero();
        assertThat(observer().query(Remark.class).where(Where.eq("subjectType", "picture")).count())
                .as("Picture is stored under its @TypeName").isEqualTo(subjectOf.values().stream()
                        .filter(s -> s instanceof Picture).count());
        assertThat(db.schema().validate(Remark.class, Article.class, Picture.class).problems())
                .as("created with the (type, key) index validate expects").isEmpty();
    }

    @Test
    @DisplayName("a nested path below a MorphTo loads on the target types that declare it: one more query")
    void nestedPathBelowTheMorphTo() {
        seed(6, 40);
        List<Remark> remarks = queries.measure(() -> ActiveRecord.query(Remark.class).with("subject.author").all());
        assertThat(queries.count()).as("%s", queries.texts()).isEqualTo(4);
        int authors = queries.during(() -> {
            for (Remark r : remarks) {
                if (r.subject() instanceof Article a) {
                    assertThat(Article.AUTHOR.get(a) == null).isEqualTo(a.authorId == null);
                }
            }
        });
        assertThat(authors).isZero();
        assertSubjects(remarks);
    }

    @Test
    @DisplayName("a lazy load under PEERS loads the subjects of every peer: one query per type present")
    void peersLoadOneQueryPerType() {
        seed(5, 30);
        List<Remark> remarks = ActiveRecord.query(Remark.class).loadMode(LoadMode.PEERS).orderBy("id").all();
        Remark first = remarks.stream().filter(r -> r.subjectId != null).findFirst().orElseThrow();
        int types = (int) subjectOf.values().stream().filter(s -> s != null).map(Object::getClass).distinct().count();
        assertThat(queries.during(first::subject)).isEqualTo(types);
        assertThat(queries.during(() -> assertSubjects(remarks))).isZero();
        assertThat(queries.during(() -> ActiveRecord.query(Remark.class).loadMode(LoadMode.ONE).all()
                .forEach(Remark::subject))).as("ONE: a query per remark with a subject")
                .isEqualTo((int) subjectOf.values().stream().filter(s -> s != null).count() + 1);
    }

    @Test
    @DisplayName("morphMany keeps only its own type's records although ids collide; the inverse is linked")
    void morphManyKeepsItsOwnType() {
        seed(5, 40);
        Map<Long, Long> byArticle = countBy(Article.class);
        List<Article> loaded = queries.measure(() -> ActiveRecord.query(Article.class).with("remarks").all());
        assertThat(queries.count()).isEqualTo(2);
        int more = queries.during(() -> {
            for (Article a : loaded) {
                assertThat(a.remarks()).hasSize(byArticle.getOrDefault(a.id, 0L).intValue());
                for (Remark r : a.remarks()) {
                    assertThat(r.subject()).as("inverse link").isSameAs(a);
                }
            }
        });
        assertThat(more).isZero();
        Map<Long, Long> byPicture = countBy(Picture.class);
        for (Picture p : ActiveRecord.query(Picture.class).all()) {
            assertThat(p.remarks()).extracting(r -> r.subjectType).allMatch("picture"::equals);
            assertThat(p.remarks()).hasSize(byPicture.getOrDefault(p.id, 0L).intValue());
        }
    }

    private Map<Long, Long> countBy(Class<?> type) {
        return subjectOf.values().stream().filter(type::isInstance)
                .collect(Collectors.groupingBy(s -> type == Article.class ? ((Article) s).id : ((Picture) s).id,
                        Collectors.counting()));
    }

    @Test
    @DisplayName("withCount, has and hasNo on a morphMany count only the owner's type")
    void aggregatesAndPredicatesOnMorphMany() {
        seed(6, 30);
        Map<Long, Long> byPicture = countBy(Picture.class);
        for (Picture p : ActiveRecord.query(Picture.class).withCount(Picture.REMARKS).all()) {
            assertThat(Picture.REMARKS.count(p)).as("picture %s", p.id).isEqualTo(byPicture.getOrDefault(p.id, 0L));
        }
        assertThat(ActiveRecord.query(Picture.class).where(Where.has(Picture.REMARKS)).pluck("id", Long.class))
                .containsExactlyInAnyOrderElementsOf(byPicture.keySet());
        assertThat(ActiveRecord.query(Article.class).where(Where.hasNo(Article.REMARKS)).pluck("id", Long.class))
                .containsExactlyInAnyOrderElementsOf(articles.stream().map(a -> a.id)
                        .filter(id -> !countBy(Article.class).containsKey(id)).toList());
    }

    @Test
    @DisplayName("has/hasNo across a MorphTo: a subject that exists, of any type; dangling and null refs have none")
    void hasAcrossTheMorphTo() {
        seed(4, 30);
        Article gone = articles.get(0);
        observer().query(Article.class).where(Where.eq("id", gone.id)).deleteAll(); // remarks now dangle
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        subjectOf.forEach((id, s) -> (s != null && !(s instanceof Article a && a.id.equals(gone.id)) ? with : without)
                .add(id));
        assertThat(ActiveRecord.query(Remark.class).where(Where.has(Remark.SUBJECT)).pluck("id", Long.class))
                .containsExactlyInAnyOrderElementsOf(with);
        List<Long> none = queries.measure(() -> ActiveRecord.query(Remark.class).where(Where.hasNo(Remark.SUBJECT))
                .pluck("id", Long.class));
        assertThat(none).as("%s", queries.texts()).containsExactlyInAnyOrderElementsOf(without);
        List<Long> byAuthor = subjectOf.entrySet().stream().filter(e -> e.getValue() instanceof Article a
                && !a.id.equals(gone.id) && a.authorId != null).map(Map.Entry::getKey).toList();
        assertThat(ActiveRecord.query(Remark.class).where(Where.has("subject.author")).pluck("id", Long.class))
                .as("the rest of the path on the type that declares it").containsExactlyInAnyOrderElementsOf(byAuthor);
    }

    @Test
    @DisplayName("set points at either model (type and key), null clears both; add and remove set and clear them")
    void setAddAndRemove() {
        Picture p = new Picture("sunset");
        p.save();
        Article a = new Article("news");
        a.save();
        Remark r = new Remark("nice");
        Remark.SUBJECT.set(r, p);
        r.save();
        Remark fresh = observer().find(Remark.class, r.id).orElseThrow();
        assertThat(fresh.subjectType).isEqualTo("picture");
        assertThat(fresh.subjectId).isEqualTo(p.id);
        Remark.SUBJECT.set(r, null);
        r.save();
        fresh = observer().find(Remark.class, r.id).orElseThrow();
        assertThat(fresh.subjectType).isNull();
        assertThat(fresh.subjectId).isNull();
        Remark added = new Remark("added");
        Article.REMARKS.add(a, added);
        fresh = observer().find(Remark.class, added.id).orElseThrow();
        assertThat(fresh.subjectType).isEqualTo("Article");
        assertThat(fresh.subjectId).isEqualTo(a.id);
        assertThat(a.remarks()).extracting(x -> x.id).containsExactly(added.id);
        Article.REMARKS.remove(a, added);
        fresh = observer().find(Remark.class, added.id).orElseThrow();
        assertThat(fresh.subjectType).isNull();
        assertThat(fresh.subjectId).isNull();
    }

    @Test
    @DisplayName("the first remark of each picture through morphOne, lazily and eagerly")
    void morphOne() {
        seed(5, 40);
        Map<Long, Long> first = new HashMap<>();
        subjectOf.forEach((id, s) -> {
            if (s instanceof Picture p) {
                first.merge(p.id, id, Math::min);
            }
        });
        List<Picture> eager = queries.measure(() -> ActiveRecord.query(Picture.class).with("firstRemark").all());
        assertThat(queries.count()).isEqualTo(2);
        for (Picture p : eager) {
            Remark r = Picture.FIRST_REMARK.get(p);
            assertThat(r == null ? null : r.id).as("picture %s", p.id).isEqualTo(first.get(p.id));
        }
        for (Picture p : ActiveRecord.query(Picture.class).loadMode(LoadMode.ONE).all()) {
            Remark r = Picture.FIRST_REMARK.get(p);
            assertThat(r == null ? null : r.id).isEqualTo(first.get(p.id));
        }
    }

    @Test
    @DisplayName("deleting a subject cascades to its own remarks only: DELETE_ALL for articles, NULLIFY for pictures")
    void cascadesFollowTheType() {
        seed(3, 30);
        Article a = articles.get(0);
        Picture p = pictures.get(0); // the same id as the article
        assertThat(p.id).isEqualTo(a.id);
        a.delete();
        p.delete();
        for (Map.Entry<Long, ActiveRecord<?>> e : subjectOf.entrySet()) {
            Remark stored = observer().find(Remark.class, e.getKey()).orElse(null);
            ActiveRecord<?> s = e.getValue();
            if (s == a) {
                assertThat(stored).as("remark %s on the deleted article", e.getKey()).isNull();
            } else if (s == p) {
                assertThat(stored).isNotNull();
                assertThat(stored.subjectType).isNull();
                assertThat(stored.subjectId).isNull();
            } else {
                assertThat(stored).isNotNull();
                assertThat(describe(stored.subject())).isEqualTo(describe(s));
            }
        }
    }

    @Test
    @DisplayName("a type naming no declared model is refused on save (nothing written) and on load (named)")
    void unknownTypeIsRefused() {
        seed(2, 8);
        Remark r = new Remark("video");
        r.subjectType = "Video";
        r.subjectId = 1L;
        assertThatThrownBy(r::save).isInstanceOf(ValidationException.class).hasMessageContaining("Remark")
                .hasMessageContaining("subjectType").hasMessageContaining("'Video'").hasMessageContaining("Remark.subject");
        assertThat(r.isNewRecord()).isTrue();
        assertThat(r.id).isNull();
        Remark half = new Remark("half");
        half.subjectType = "Article";
        assertThatThrownBy(half::save).isInstanceOf(ValidationException.class).hasMessageContaining("subjectId");
        assertThat(observer().query(Remark.class).count()).isEqualTo(8);
        long id = subjectOf.entrySet().stream().filter(e -> e.getValue() != null).findFirst().orElseThrow().getKey();
        observer().query(Remark.class).where(Where.eq("id", id)).updateAll(Map.of("subjectType", "Video"));
        Remark stored = ActiveRecord.findOrFail(Remark.class, id);
        assertThatThrownBy(stored::subject).isInstanceOf(ConversionException.class).hasMessageContaining("Remark " + id)
                .hasMessageContaining("Remark.subject").hasMessageContaining("'Video'").hasMessageContaining("picture");
        assertThatThrownBy(() -> ActiveRecord.query(Remark.class).with("subject").all())
                .isInstanceOf(ConversionException.class).hasMessageContaining("'Video'");
        assertThat(stored.subjectType).isEqualTo("Video");
        assertThat(observer().query(Remark.class).count()).isEqualTo(8);
    }

    @Test
    @DisplayName("pointing at a model the MorphTo does not list, or at an unsaved record, is refused; nothing changes")
    void badTargetsAreRefused() {
        User u = new User("not-a-subject");
        u.save();
        Remark r = new Remark("r");
        assertThatThrownBy(() -> Remark.SUBJECT.set(r, u)).isInstanceOf(Ar4jException.class)
                .hasMessageContaining("Remark.subject").hasMessageContaining("User").hasMessageContaining("picture");
        assertThatThrownBy(() -> Remark.SUBJECT.set(r, new Article("unsaved"))).isInstanceOf(Ar4jException.class)
                .hasMessageContaining("save it first");
        assertThat(r.subjectType).isNull();
        assertThat(r.subjectId).isNull();
        assertThat(observer().query(Remark.class).count()).isZero();
    }

    @Test
    @DisplayName("definition mistakes name the fix: two models under one type name, a morphMany its MorphTo does not list")
    void definitionErrors() {
        assertThatThrownBy(() -> ActiveRecord.query(MorphTwins.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("MorphTwins.thing").hasMessageContaining("'Article'")
                .hasMessageContaining("@TypeName");
        assertThatThrownBy(() -> ActiveRecord.query(Unlisted.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("Unlisted.remarks").hasMessageContaining("Remark.subject does not list Unlisted");
    }
}
