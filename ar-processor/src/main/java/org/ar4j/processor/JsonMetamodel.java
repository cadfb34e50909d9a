package org.ar4j.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Typed paths into {@code @Json} fields whose type is a record or a class of the application's: one class per type,
 * a typed field per scalar member (strings, numbers, booleans, the kinds a JSON path compares) and a nested class per
 * member of such a type. Lists, maps and other members get no typed field (query them by name).
 */
final class JsonMetamodel {
    private static final Set<String> NUMBERS = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.math.BigDecimal", "java.lang.Short", "java.lang.Float", "java.math.BigInteger");
    private static final int MAX_DEPTH = 8;

    private JsonMetamodel() {
    }

    /** The class of a {@code @Json} field's type, written once per type; null when the type has no paths to type. */
    static String of(TypeMirror t, MetamodelWriter out, Types types, int depth) {
        if (t.getKind() != TypeKind.DECLARED || !((DeclaredType) t).getTypeArguments().isEmpty() || depth > MAX_DEPTH) {
            return null;
        }
        TypeElement type = (TypeElement) ((DeclaredType) t).asElement();
        String name = type.getQualifiedName().toString();
        if (name.startsWith("java.") || type.getKind() == ElementKind.ENUM || type.getKind() == ElementKind.INTERFACE) {
            return null;
        }
        String valueClass = type.getSimpleName() + "_Json";
        if (out.hasValueClass(valueClass)) {
            return valueClass;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        for (VariableElement m : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (m.getModifiers().contains(Modifier.STATIC) || m.getModifiers().contains(Modifier.TRANSIENT)) {
                continue;
            }
            TypeMirror mt = m.getKind() == ElementKind.FIELD && m.asType().getKind().isPrimitive()
                    ? types.boxedClass(types.getPrimitiveType(m.asType().getKind())).asType() : m.asType();
            String erased = types.erasure(mt).toString();
            String member = m.getSimpleName().toString();
            if (erased.equals("java.lang.String")) {
                members.put(member, new FieldKinds.Kind("string", "org.ar4j.query.StringField<M>", ""));
            } else if (NUMBERS.contains(erased)) {
                members.put(member, new FieldKinds.Kind("numeric", "org.ar4j.query.NumericField<M, " + erased
                        + ", java.math.BigDecimal>", ", " + erased + ".class, java.math.BigDecimal.class"));
            } else if (erased.equals("java.lang.Boolean")) {
                members.put(member, new FieldKinds.Kind("of", "org.ar4j.query.Field<M, java.lang.Boolean>",
                        ", java.lang.Boolean.class"));
            } else {
                String nested = of(mt, out, types, depth + 1);
                if (nested != null) {
                    members.put(member, nested);
                }
            }
        }
        out.valueClass(valueClass, name, members);
        return valueClass;
    }
}
