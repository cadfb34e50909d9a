package org.ar4j.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Writes {@code Foo_} next to every model {@code Foo}: a {@code Field}, {@code StringField}, {@code ComparableField}
 * or {@code NumericField} constant per mapped field (the model's and its superclasses', ids first as declared) and a
 * reference to each relation constant, named in camelCase ({@code AUTHORED_POSTS} becomes {@code authoredPosts}).
 * A model ar4j could not map (no {@code @Id}, a field of an unsupported type, a final field) is a
 * compile error on that field or class, with the fix. javac runs the processor in a round that holds ar4j's
 * mapping annotations (every model has an {@code @Id}); it then finds the models by type among the round's classes,
 * and claims ar4j's annotations, which no other processor reads (so {@code -Xlint:all -Werror} builds stay quiet).
 */
public final class MetamodelProcessor extends AbstractProcessor {
    static final String ACTIVE_RECORD = "org.ar4j.ActiveRecord";
    private static final String RELATION = "org.ar4j.relation.Relation";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("org.ar4j.Id", "org.ar4j.Table", "org.ar4j.Column", "org.ar4j.Transient", "org.ar4j.Version",
                "org.ar4j.CreatedAt", "org.ar4j.UpdatedAt");
    }

    /**
     * {@value #SKIP}: comma-separated packages whose models get no metamodel (for deliberately broken models in
     * tests, which would otherwise stop the build).
     */
    static final String SKIP = "ar4j.metamodel.skip";

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SKIP);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement base = processingEnv.getElementUtils().getTypeElement(ACTIVE_RECORD);
        if (base == null) {
            return false;
        }
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            visit(type, base);
        }
        return true;
    }

    private boolean skipped(TypeElement type) {
        String option = processingEnv.getOptions().get(SKIP);
        if (option == null) {
            return false;
        }
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        for (String s : option.split(",")) {
            if (!s.isBlank() && (pkg.equals(s.trim()) || pkg.startsWith(s.trim() + "."))) {
                return true;
            }
        }
        return false;
    }

    private void visit(TypeElement type, TypeElement base) {
        if (type.getKind() == ElementKind.CLASS && isModel(type, base) && !skipped(type)) {
            generate(type);
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            if (nested.getModifiers().contains(Modifier.STATIC)) {
                visit(nested, base);
            }
        }
    }

    private boolean isModel(TypeElement type, TypeElement base) {
        if (type.getModifiers().contains(Modifier.ABSTRACT) || type.getQualifiedName().contentEquals(ACTIVE_RECORD)) {
            return false;
        }
        var types = processingEnv.getTypeUtils();
        return types.isSubtype(types.erasure(type.asType()), types.erasure(base.asType()));
    }

    /** The class chain from the topmost model superclass down to {@code type}. */
    private List<TypeElement> chain(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals(ACTIVE_RECORD); t = superOf(t)) {
            chain.add(0, t);
        }
        return chain;
    }

    private static TypeElement superOf(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private void generate(TypeElement model) {
        MetamodelWriter out = new MetamodelWriter(model);
        int ids = 0;
        boolean ok = true;
        for (TypeElement c : chain(model)) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (f.getModifiers().contains(Modifier.STATIC)) {
                    if (isRelation(f.asType())) {
                        ok &= relation(model, c, f, out);
                    }
                    continue;
                }
                if (f.getModifiers().contains(Modifier.TRANSIENT) || annotated(f, "org.ar4j.Transient")) {
                    continue;
                }
                ok &= field(model, f, out);
                ids += annotated(f, "org.ar4j.Id") ? 1 : 0;
            }
        }
        if (ids == 0 && !readOnly(model)) {   // two or more @Id fields are a composite key
            error(model, model.getSimpleName() + " has no @Id field: add '@Id public Long id;' (generated by"
                    + " the database) or '@Id public String code;' (assigned); a view without a key maps with"
                    + " @Table(readOnly = true)");
            ok = false;
        }
        if (ok) {
            write(model, out);
        }
    }

    private boolean field(TypeElement model, VariableElement f, MetamodelWriter out) {
        String where = model.getSimpleName() + "." + f.getSimpleName();
        if (annotated(f, "org.ar4j.Json") || FieldKinds.isScalarList(f.asType(), processingEnv.getTypeUtils())) {
            // a JSON document or list: queried by paths inside it and contains, not as a whole; typed paths where
            // the document is a record or class of the application's
            String paths = JsonMetamodel.of(f.asType(), out, processingEnv.getTypeUtils(), 0);
            if (paths != null && !out.embedded(f.getSimpleName().toString(), paths)) {
                error(f, where + " has the name of another field or relation of " + model.getSimpleName() + "; rename one");
                return false;
            }
            return true;
        }
        if (annotated(f, "org.ar4j.Embedded")) {
            String valueClass = valueClass(where, f, out, 0);
            if (valueClass != null && !out.embedded(f.getSimpleName().toString(), valueClass)) {
                error(f, where + " has the name of another field or relation of " + model.getSimpleName() + "; rename one");
                return false;
            }
            return valueClass != null;
        }
        if (f.getModifiers().contains(Modifier.FINAL)) {
            error(f, where + " is final, so ar4j cannot load it: make it non-final (in Kotlin: var, not val), or mark it"
                    + " @Transient to leave it"
                    + " unmapped");
            return false;
        }
        // a class type ar4j does not map may be stored by a converter the database is given for it (checked at run time)
        FieldKinds.Kind builtIn = FieldKinds.of(f.asType(), processingEnv.getTypeUtils());
        FieldKinds.Kind kind = annotated(f, "org.ar4j.Convert") || builtIn == null
                ? FieldKinds.converted(f.asType(), processingEnv.getTypeUtils()) : builtIn;
        if (kind != null && annotated(f, "org.ar4j.Id") && !FieldKinds.isIdType(f.asType(), processingEnv.getTypeUtils())) {
            error(f, where + " is an @Id of type " + f.asType() + "; ids must be Long or Integer (generated by the"
                    + " database) or String or UUID (assigned)");
            return false;
        }
        if (kind == null) {
            error(f, where + " has the unsupported type " + f.asType() + ". Supported: " + FieldKinds.SUPPORTED
                    + ". Fix: change its type (a class of your own with a converter will do), or mark it @Transient (or"
                    + " 'transient') to leave it unmapped");
            return false;
        }
        if (!out.field(f.getSimpleName().toString(), kind)) {
            error(f, where + " has the name of another field or relation of " + model.getSimpleName() + "; rename one");
            return false;
        }
        return true;
    }

    /** The metamodel class of the value type of embedded field {@code f} (written once per type), or null on error. */
    private String valueClass(String where, VariableElement f, MetamodelWriter out, int depth) {
        TypeMirror t = f.asType();
        if (t.getKind() != TypeKind.DECLARED || depth > 8) {
            error(f, where + " is @Embedded, but a " + t + " is not a value of fields; embed a record or a class of your own");
            return null;
        }
        TypeElement type = (TypeElement) ((DeclaredType) t).asElement();
        String valueClass = type.getSimpleName() + "_";
        if (out.hasValueClass(valueClass)) {
            return valueClass;
        }
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
        for (VariableElement m : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (m.getModifiers().contains(Modifier.STATIC) || m.getModifiers().contains(Modifier.TRANSIENT)
                    || annotated(m, "org.ar4j.Transient")) {
                continue;
            }
            String path = where + "." + m.getSimpleName();
            if (annotated(m, "org.ar4j.Embedded")) {
                String nested = valueClass(path, m, out, depth + 1);
                if (nested == null) {
                    return null;
                }
                members.put(m.getSimpleName().toString(), nested);
                continue;
            }
            FieldKinds.Kind builtIn = FieldKinds.of(m.asType(), processingEnv.getTypeUtils());
            FieldKinds.Kind kind = annotated(m, "org.ar4j.Convert") || builtIn == null
                    ? FieldKinds.converted(m.asType(), processingEnv.getTypeUtils()) : builtIn;
            if (kind == null) {
                error(m, path + " has the unsupported type " + m.asType() + ". Supported: " + FieldKinds.SUPPORTED);
                return null;
            }
            members.put(m.getSimpleName().toString(), kind);
        }
        out.valueClass(valueClass, type.getQualifiedName().toString(), members);
        return valueClass;
    }

    private boolean relation(TypeElement model, TypeElement declaring, VariableElement f, MetamodelWriter out) {
        if (f.getModifiers().contains(Modifier.PRIVATE) || !f.getModifiers().contains(Modifier.FINAL)) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, model.getSimpleName() + "_ leaves out "
                    + declaring.getSimpleName() + "." + f.getSimpleName() + ": make the relation constant"
                    + " 'public static final' (or package-private) to use it in typed queries", f);
            return true;
        }
        if (!out.relation(f.getSimpleName().toString(), declaring.getQualifiedName().toString(), f.asType().toString())) {
            error(f, model.getSimpleName() + "." + f.getSimpleName() + " is named " + MetamodelWriter.camel(
                    f.getSimpleName().toString()) + " in " + model.getSimpleName() + "_, the name of a field: rename the"
                    + " constant");
            return false;
        }
        return true;
    }

    /** Whether the model is declared {@code @Table(readOnly = true)}: a view, which may have no id. */
    private static boolean readOnly(TypeElement model) {
        return model.getAnnotationMirrors().stream()
                .filter(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals("org.ar4j.Table"))
                .flatMap(a -> a.getElementValues().entrySet().stream())
                .anyMatch(e -> e.getKey().getSimpleName().contentEquals("readOnly")
                        && Boolean.TRUE.equals(e.getValue().getValue()));
    }

    private boolean isRelation(TypeMirror t) {
        TypeElement relation = processingEnv.getElementUtils().getTypeElement(RELATION);
        var types = processingEnv.getTypeUtils();
        return relation != null && t.getKind() == TypeKind.DECLARED
                && types.isSubtype(types.erasure(t), types.erasure(relation.asType()));
    }

    private static boolean annotated(Element e, String annotation) {
        return e.getAnnotationMirrors().stream().anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement())
                .getQualifiedName().contentEquals(annotation));
    }

    private void write(TypeElement model, MetamodelWriter out) {
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(out.qualifiedName(), model);
            try (Writer w = file.openWriter()) {
                w.write(out.source());
            }
        } catch (IOException e) {
            error(model, "ar4j could not write " + out.qualifiedName() + ": " + e.getMessage());
        }
    }

    private void error(Element at, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, at);
    }
}
