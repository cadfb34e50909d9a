package org.ar4j.tck.scenarios;

import org.ar4j.ActiveRecord;
import org.ar4j.ModelDefinitionException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.broken.BadFk;
import org.ar4j.tck.fixtures.broken.BadInverse;
import org.ar4j.tck.fixtures.broken.BadScope;
import org.ar4j.tck.fixtures.broken.BadThrough;
import org.ar4j.tck.fixtures.broken.KeyTypeMismatch;
import org.ar4j.tck.fixtures.broken.LimitedBelongsTo;
import org.ar4j.tck.fixtures.broken.NoIdTarget;
import org.ar4j.tck.fixtures.broken.NonFinalRelation;
import org.ar4j.tck.fixtures.broken.PairA;
import org.ar4j.tck.fixtures.broken.Ping;
import org.ar4j.tck.fixtures.broken.Pong;
import org.ar4j.tck.fixtures.broken.WrongInverseTarget;
import org.ar4j.tck.fixtures.broken.WrongLoaderOwner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relation definitions are verified on first use, with messages that name the fix. */
@Tag("definitions")
class DefinitionErrorsTest extends TckScenario {

    @Test
    @DisplayName("a default scope naming a missing field, or not final, is refused naming the scope and the fix")
    void badDefaultScopes() {
        assertThatThrownBy(() -> ActiveRecord.query(org.ar4j.tck.fixtures.broken.BadDefaultScope.class).count())
                .isInstanceOf(ModelDefinitionException.class).hasMessageContaining("BadDefaultScope.shown")
                .hasMessageContaining("hiden").hasMessageContaining("Did you mean 'hidden'");
        assertThatThrownBy(() -> ActiveRecord.query(org.ar4j.tck.fixtures.broken.NonFinalScope.class))
                .isInstanceOf(ModelDefinitionException.class).hasMessageContaining("not final");
    }

    @Test
    @DisplayName("a @SoftDelete of the wrong type and a Double @TenantId are refused naming the field")
    void badMarks() {
        assertThatThrownBy(() -> ActiveRecord.query(org.ar4j.tck.fixtures.broken.BadMarks.class))
                .isInstanceOf(ModelDefinitionException.class).hasMessageContaining("BadMarks.deletedBy")
                .hasMessageContaining("@SoftDelete");
        assertThatThrownBy(() -> ActiveRecord.query(org.ar4j.tck.fixtures.broken.BadTenant.class))
                .isInstanceOf(ModelDefinitionException.class).hasMessageContaining("BadTenant.tenant")
                .hasMessageContaining("@TenantId");
    }

    @Test
    @DisplayName("a foreign key that is not a field of the target names both, the fields, and the fix")
    void badForeignKey() {
        assertThatThrownBy(() -> ActiveRecord.query(BadFk.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("Relation BadFk.posts (HasMany<Post>)")
                .hasMessageContaining("foreign key 'writerIdd' is not a field of Post")
                .hasMessageContaining("authorId")
                .hasMessageContaining(".foreignKey(");
    }

    @Test
    @DisplayName("an inverseOf naming nothing lists the target's relations")
    void badInverse() {
        assertThatThrownBy(() -> ActiveRecord.query(BadInverse.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadInverse.posts").hasMessageContaining("inverseOf(\"nothing\")")
                .hasMessageContaining("author").hasMessageContaining("comments");
    }

    @Test
    @DisplayName("an inverseOf pointing at a relation of another model is rejected")
    void inverseWrongTarget() {
        assertThatThrownBy(() -> ActiveRecord.query(WrongInverseTarget.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("WrongInverseTarget.posts").hasMessageContaining("Post.author")
                .hasMessageContaining("not at WrongInverseTarget");
    }

    @Test
    @DisplayName("an impossible inverse pair (HasMany with HasMany) is rejected")
    void impossiblePair() {
        assertThatThrownBy(() -> ActiveRecord.query(PairA.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("PairA.bs").hasMessageContaining("pairs HasMany with HasMany");
    }

    @Test
    @DisplayName("a join model lacking the target key names the join model and targetKey")
    void badThrough() {
        assertThatThrownBy(() -> ActiveRecord.query(BadThrough.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadThrough.tags").hasMessageContaining("'labelId' is not a field of PostTag")
                .hasMessageContaining(".targetKey(");
    }

    @Test
    @DisplayName("a target without @Id fails naming the relation and the target's problem")
    void targetWithoutId() {
        assertThatThrownBy(() -> ActiveRecord.query(NoIdTarget.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("NoIdTarget.thing").hasMessageContaining("NoId has no @Id field");
    }

    @Test
    @DisplayName("a foreign key whose type differs from the referenced key is rejected")
    void typeMismatch() {
        assertThatThrownBy(() -> ActiveRecord.query(KeyTypeMismatch.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("KeyTypeMismatch.coupon").hasMessageContaining("Long")
                .hasMessageContaining("String");
    }

    @Test
    @DisplayName("a limit on a BelongsTo is rejected")
    void limitOnBelongsTo() {
        assertThatThrownBy(() -> ActiveRecord.query(LimitedBelongsTo.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("LimitedBelongsTo.user").hasMessageContaining("limit");
    }

    @Test
    @DisplayName("a custom loader declared for another model's owners is rejected before it could get the wrong owners")
    void loaderForAnotherOwner() {
        assertThatThrownBy(() -> ActiveRecord.query(WrongLoaderOwner.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("WrongLoaderOwner.badges").hasMessageContaining("Reader")
                .hasMessageContaining("WrongLoaderOwner.class");
    }

    @Test
    @DisplayName("a scope naming a field the target lacks is rejected")
    void badScope() {
        assertThatThrownBy(() -> ActiveRecord.query(BadScope.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadScope.posts").hasMessageContaining("colour");
    }

    @Test
    @DisplayName("a relation constant that is not final is rejected")
    void nonFinal() {
        assertThatThrownBy(() -> ActiveRecord.query(NonFinalRelation.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("NonFinalRelation.POSTS").hasMessageContaining("static final");
    }

    @Test
    @DisplayName("models that reference each other verify in either order")
    void mutualReferences() {
        assertThatCode(() -> ActiveRecord.query(Pong.class)).doesNotThrowAnyException();
        assertThatCode(() -> ActiveRecord.query(Ping.class)).doesNotThrowAnyException();
        assertThat(Ping.PONGS.name()).isEqualTo("pongs");
        assertThat(Pong.PING.name()).isEqualTo("ping");
    }

    @Test
    @DisplayName("the error repeats on every use: a broken model never half-works")
    void errorIsStable() {
        assertThatThrownBy(() -> ActiveRecord.query(BadFk.class)).isInstanceOf(ModelDefinitionException.class);
        assertThatThrownBy(() -> ActiveRecord.query(BadFk.class)).isInstanceOf(ModelDefinitionException.class);
    }
}
