package org.ar4j.core.internal.query;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ar4j.ActiveRecord;
import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.NativeQuery;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.SqlText;

/**
 * {@code db.sql(Type.class, sql, args)}: a native query whose rows become persisted records of a model (every
 * mapped column selected, matched by column or field name) or Java records (components matched by name).
 */
public final class NativeQueries {
    private final Session db;
    private final ModelSet models;

    /** Native queries on a session, resolving models in its model set. */
    public NativeQueries(Session db, ModelSet models) {
        this.db = db;
        this.models = models;
    }

    /** The rows of {@code sql} as {@code type}s. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> List<T> list(Class<T> type, String sql, Object... parameters) {
        if (type == null || sql == null) {
            throw new ArgumentException("db.sql(type, sql, parameters...) got a null " + (type == null ? "type" : "SQL")
                    + ": pass a model or Java record class and the SQL text");
        }
        db.backend().require(Capability.RAW_SQL, "native SQL queries (db.sql)");
        String caller = "db.sql(" + type.getSimpleName() + ", ...)";
        SqlText text = db.backend().sqlText();
        RawSql.query(caller, text, sql);
        List<Object> params = RawSql.parameters(caller, text, sql, RawSql.given(parameters));
        if (ActiveRecord.class.isAssignableFrom(type)) {
            ModelInfo model = models.use((Class) type);
            if (model.tenant() != null) {
                db.tenancy().current(model.name());   // no tenant resolved: refused before the statement
            }
            return (List<T>) records(model, sql, params);
        }
        if (type.isRecord()) {
            return (List<T>) rows((Class) type, sql, params);
        }
        throw new ArgumentException("db.sql(" + type.getName() + ", ...): rows become models (classes extending"
                + " ActiveRecord) or Java records; declare a record whose components are the selected columns");
    }

    private List<ActiveRecord<?>> records(ModelInfo model, String sql, List<Object> params) {
        List<FieldInfo> fields = model.fields();
        int[] position = new int[fields.size()];
        NativeQuery q = new NativeQuery(sql, params, model.name(), labels -> {
            Arrays.fill(position, -1);
            List<ColumnType> types = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                FieldInfo f = fieldOf(model, labels.get(i));
                if (f == null) {
                    throw new QueryException("db.sql(" + model.name() + ", ...) returns the column '" + labels.get(i)
                            + "', which matches no field of " + model.name() + " (" + model.fieldList() + "): alias it"
                            + " (AS name) or leave it out");
                }
                if (position[f.index()] >= 0) {
                    throw new QueryException("db.sql(" + model.name() + ", ...) returns two columns for "
                            + f.qualifiedName() + " ('" + labels.get(position[f.index()]) + "' at " + (position[f.index()] + 1)
                            + " and '" + labels.get(i) + "' at " + (i + 1) + "), so the record could take either (a join's"
                            + " other id would make save() write another row): alias or leave out the other table's column");
                }
                position[f.index()] = i;
                types.add(f.type());
            }
            List<String> missing = new ArrayList<>();
            for (FieldInfo f : fields) {
                if (position[f.index()] < 0) {
                    missing.add(f.column());
                }
            }
            if (!missing.isEmpty()) {
                throw new QueryException("db.sql(" + model.name() + ", ...) does not return the column(s) " + missing
                        + ": a record must be loaded whole to be saved again; select them too (for some columns only,"
                        + " read into a Java record)");
            }
            return types;
        });
        List<ActiveRecord<?>> out = new ArrayList<>();
        Origin origin = Origin.read(db, null, out);
        try (RowCursor c = db.backend().read(Read.query(q))) {
            RowCursor inFieldOrder = new RowCursor() {
                @Override
                public boolean next() {
                    return c.next();
                }

                @Override
                public Object get(int index) {
                    return c.get(position[index]);
                }

                @Override
                public void close() {
                    // the try-with-resources closes the cursor underneath
                }
            };
            while (c.next()) {
                out.add(Rows.hydrate(model, inFieldOrder, origin));
            }
        }
        if (model.tenant() != null) {   // SQL as written cannot be confined: every row must be the current tenant's
            out.forEach(r -> db.tenancy().requireOwn(model, r, "db.sql(" + model.name() + ", ...) returned"));
        }
        return out;
    }

    private static FieldInfo fieldOf(ModelInfo model, String label) {
        FieldInfo f = model.findField(label);
        if (f != null) {
            return f;
        }
        for (FieldInfo each : model.fields()) {
            if (each.column().equalsIgnoreCase(label) || each.javaName().equalsIgnoreCase(label)) {
                return each;
            }
        }
        return null;
    }

    private <R extends Record> List<R> rows(Class<R> type, String sql, List<Object> params) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle make = RecordMapper.constructor(type);
        int[] component = new int[components.length];
        NativeQuery q = new NativeQuery(sql, params, type.getSimpleName(), labels -> columnTypes(type, components,
                component, labels));
        List<R> out = new ArrayList<>();
        try (RowCursor c = db.backend().read(Read.query(q))) {
            while (c.next()) {
                Object[] args = new Object[components.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = javaValue(type, components[i], c.get(component[i]));
                }
                out.add(RecordMapper.make(type, make, args));
            }
        }
        return out;
    }

    /** Each component's column, by name (case and underscores aside); the column types the components ask for. */
    private static List<ColumnType> columnTypes(Class<?> type, RecordComponent[] components, int[] component,
                                                List<String> labels) {
        if (labels.size() != components.length) {
            throw new QueryException("db.sql(" + type.getSimpleName() + ", ...) returns " + labels.size() + " columns "
                    + labels + " for " + components.length + " record components: select one column per component");
        }
        ColumnType[] types = new ColumnType[labels.size()];
        for (int i = 0; i < components.length; i++) {
            int at = -1;
            for (int j = 0; j < labels.size(); j++) {
                if (squash(labels.get(j)).equals(squash(components[i].getName()))) {
                    if (at >= 0) {
                        throw new QueryException("db.sql(" + type.getSimpleName() + ", ...) returns two columns for the"
                                + " component " + components[i].getName() + " ('" + labels.get(at) + "' at " + (at + 1)
                                + " and '" + labels.get(j) + "' at " + (j + 1) + "): alias one of them");
                    }
                    at = j;
                }
            }
            ColumnType t = Values.columnType(components[i].getType().isPrimitive()
                    ? Values.boxed(components[i].getType()) : components[i].getType());
            if (at < 0 || t == null) {
                throw new QueryException("db.sql(" + type.getSimpleName() + ", ...): " + (t == null ? "the component "
                        + components[i].getName() + " has the unsupported type " + components[i].getType().getSimpleName()
                        : "no column is named like the component " + components[i].getName() + " among " + labels
                        + "; alias one (AS " + components[i].getName() + ")"));
            }
            component[i] = at;
            types[at] = t;
        }
        return Arrays.asList(types);
    }

    private static String squash(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Object javaValue(Class<?> type, RecordComponent c, Object canonical) {
        Class<?> t = c.getType();
        if (canonical == null) {
            if (t.isPrimitive()) {
                throw new ArgumentException(type.getSimpleName() + "." + c.getName() + " is a primitive " + t
                        + " but the query returned null; declare the component with a boxed type");
            }
            return null;
        }
        if (t.isEnum()) {
            for (Object constant : t.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(canonical)) {
                    return constant;
                }
            }
            throw new QueryException("db.sql(" + type.getSimpleName() + ", ...): the query returned '" + canonical
                    + "' for " + c.getName() + ", which is not a constant of " + t.getSimpleName());
        }
        if ((t == int.class || t == Integer.class) && canonical instanceof Long l) {
            if (l != (int) (long) l) {
                throw new QueryException("db.sql(" + type.getSimpleName() + ", ...): the query returned " + l + " for "
                        + c.getName() + ", which an int cannot hold; declare the component long or Long");
            }
            return (int) (long) l;
        }
        return canonical;
    }

}
