package org.ar4j.sql.internal;

import java.util.List;

import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.TableSpec;

/**
 * A select's lookups as LEFT JOINs of derived tables whose columns are renamed ({@code ar4j_j0_c0}...), so the
 * owner's unqualified column names in WHERE and ORDER BY stay unambiguous and the relation's condition applies
 * inside the derived table.
 */
final class SqlJoins {
    private SqlJoins() {
    }

    /** The lookups' columns for the select list, each after a comma. */
    static void columns(SqlRenderer r, StringBuilder sb, List<Lookup> lookups) {
        for (int i = 0; i < lookups.size(); i++) {
            String alias = "ar4j_j" + i;
            for (int k = 0; k < lookups.get(i).columns().size(); k++) {
                sb.append(", ").append(r.q(alias)).append('.').append(r.q(Lookup.orderColumn(i, k)));
            }
        }
    }

    /** The joins after {@code FROM owner}, their conditions' binds added in text order. */
    static void joins(SqlRenderer r, StringBuilder sb, TableSpec owner, List<Lookup> lookups,
                      List<SqlRenderer.Bind> binds) {
        for (int i = 0; i < lookups.size(); i++) {
            Lookup l = lookups.get(i);
            String alias = "ar4j_j" + i;
            sb.append(" LEFT JOIN (SELECT ").append(r.q(l.key())).append(" AS ").append(r.q(alias + "_k"));
            for (int k = 0; k < l.columns().size(); k++) {
                sb.append(", ").append(r.q(l.columns().get(k))).append(" AS ").append(r.q(Lookup.orderColumn(i, k)));
            }
            sb.append(" FROM ").append(r.q(l.target().name()));
            if (l.where() != null) {
                sb.append(" WHERE ");
                r.predicate(sb, l.target(), l.where(), binds);
            }
            sb.append(") ").append(r.q(alias)).append(" ON ").append(r.q(alias)).append('.').append(r.q(alias + "_k"))
                    .append(" = ").append(r.q(owner.name())).append('.').append(r.q(l.foreignKey()));
        }
    }

    /** The lookups' column types, written into {@code types} from {@code from} on. */
    static void types(List<Lookup> lookups, ColumnType[] types, int from) {
        int at = from;
        for (Lookup l : lookups) {
            for (String c : l.columns()) {
                types[at++] = l.target().typeOf(c);
            }
        }
    }

    /** How many columns the lookups add. */
    static int width(List<Lookup> lookups) {
        int n = 0;
        for (Lookup l : lookups) {
            n += l.columns().size();
        }
        return n;
    }
}
