package org.ar4j.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** The source text of one model's metamodel class. */
final class MetamodelWriter {
    private final String packageName;
    private final String simpleName;
    private final String model;
    private final StringBuilder body = new StringBuilder();
    private final java.util.Set<String> names = new java.util.HashSet<>();
    private final java.util.Set<String> valueClasses = new java.util.HashSet<>();
    private final StringBuilder classes = new StringBuilder();

    MetamodelWriter(TypeElement model) {
        Element e = model;
        StringBuilder name = new StringBuilder("_");
        while (e.getKind() != ElementKind.PACKAGE) {
            name.insert(0, (e.getEnclosingElement().getKind() == ElementKind.PACKAGE ? "" : "_") + e.getSimpleName());
            e = e.getEnclosingElement();
        }
        this.packageName = ((PackageElement) e).getQualifiedName().toString();
        this.simpleName = name.toString();
        this.model = model.getQualifiedName().toString();
    }

    String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Adds a field constant; false when the name is taken. */
    boolean field(String name, FieldKinds.Kind kind) {
        if (!names.add(name)) {
            return false;
        }
        body.append("    /** The field {@code ").append(name).append("}. */\n")
                .append("    public static final ").append(kind.type().replace("<M", "<" + model)).append(' ').append(name)
                .append(" = org.ar4j.query.Field.").append(kind.factory()).append('(').append(model).append(".class, \"")
                .append(name).append('"').append(kind.args()).append(");\n\n");
        return true;
    }

    /** Adds the constant of an embedded field, an instance of its value's class; false when the name is taken. */
    boolean embedded(String name, String valueClass) {
        if (!names.add(name)) {
            return false;
        }
        body.append("    /** The fields inside {@code ").append(name).append("}. */\n")
                .append("    public static final ").append(valueClass).append(' ').append(name).append(" = new ")
                .append(valueClass).append("(\"").append(name).append(".\");\n\n");
        return true;
    }

    /** Whether the class of an embedded value type is written (or being written). */
    boolean hasValueClass(String valueClass) {
        return !valueClasses.add(valueClass);
    }

    /**
     * Writes the class of an embedded value type: one typed field per member, named by the path it is reached at.
     *
     * @param valueClass the class's name
     * @param type       the value type, for its javadoc
     * @param members    per member: its name and either a field kind or the value class of a nested embedded value
     */
    void valueClass(String valueClass, String type, java.util.Map<String, Object> members) {
        StringBuilder decl = new StringBuilder();
        StringBuilder init = new StringBuilder();
        for (java.util.Map.Entry<String, Object> m : members.entrySet()) {
            String n = m.getKey();
            if (m.getValue() instanceof FieldKinds.Kind kind) {
                decl.append("        /** The field at {@code path + \"").append(n).append("\"}. */\n")
                        .append("        public final ").append(kind.type().replace("<M", "<" + model)).append(' ')
                        .append(n).append(";\n");
                init.append("            this.").append(n).append(" = org.ar4j.query.Field.").append(kind.factory())
                        .append('(').append(model).append(".class, path + \"").append(n).append('"').append(kind.args())
                        .append(");\n");
            } else {
                decl.append("        /** The embedded value at {@code path + \"").append(n).append("\"}. */\n")
                        .append("        public final ").append(m.getValue()).append(' ').append(n).append(";\n");
                init.append("            this.").append(n).append(" = new ").append(m.getValue()).append("(path + \"")
                        .append(n).append(".\");\n");
            }
        }
        classes.append("    /** The fields inside a {@code ").append(type).append("}, under a path. */\n")
                .append("    public static final class ").append(valueClass).append(" {\n").append(decl).append('\n')
                .append("        private ").append(valueClass).append("(String path) {\n").append(init)
                .append("        }\n    }\n\n");
    }

    /** Adds a relation constant; false when its camelCase name is taken. */
    boolean relation(String constant, String declaring, String type) {
        String name = camel(constant);
        if (!names.add(name)) {
            return false;
        }
        body.append("    /** The relation {@code ").append(declaring).append('.').append(constant).append("}. */\n")
                .append("    public static final ").append(type).append(' ').append(name).append(" = ").append(declaring)
                .append('.').append(constant).append(";\n\n");
        return true;
    }

    /** {@code AUTHORED_POSTS} as {@code authoredPosts}; a name already in camelCase stays. */
    static String camel(String constant) {
        if (!constant.equals(constant.toUpperCase(java.util.Locale.ROOT))) {
            return constant;
        }
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = sb.length() > 0;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    String source() {
        return (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n")
                + "/**\n * The typed metamodel of {@link " + model + "}, generated by ar4j's processor\n"
                + " * (org.ar4j.processor.MetamodelProcessor): do not edit.\n */\n"
                + "public final class " + simpleName + " {\n"
                + "    private " + simpleName + "() {\n    }\n\n"
                + (body.toString() + classes).stripTrailing() + "\n}\n";
    }
}
