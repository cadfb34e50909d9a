package org.ar4j.sql.internal;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.Capability;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.JsonColumnCodec;
import org.ar4j.sql.SqlDialect;

/** The DDL a dialect writes: tables, columns, indexes and foreign keys, identifiers quoted by the renderer. */
final class SqlDdlText {
    private final SqlRenderer renderer;
    private final SqlDialect d;

    SqlDdlText(SqlRenderer renderer) {
        this.renderer = renderer;
        this.d = renderer.dialect();
    }

    private String q(String identifier) {
        return renderer.q(identifier);
    }

    /** CREATE TABLE with its columns and keys, then one CREATE INDEX per index. */
    List<String> createTable(TableSpec table) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(q(table.name())).append(" (");
        boolean first = true;
        for (ColumnSpec c : table.columns()) {
            sb.append(first ? "" : ", ").append(q(c.name())).append(' ');
            first = false;
            if (c.primaryKey() && c.generated()) {
                sb.append(d.ddl().generatedKey(d.syntax(), table, c));
            } else {
                sb.append(d.types().codec(c.type()).typeName(table, c));
                if (c.primaryKey() && !table.hasCompositeKey()) {
                    sb.append(" NOT NULL PRIMARY KEY");
                } else if (!c.nullable() || c.primaryKey()) {
                    sb.append(" NOT NULL");
                }
            }
        }
        if (table.hasCompositeKey()) {
            sb.append(", PRIMARY KEY (");
            for (int i = 0; i < table.primaryKeyColumns().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(q(table.primaryKeyColumns().get(i).name()));
            }
            sb.append(')');
        }
        if (!d.features().foreignKeys().addedByAlter()) {
            for (ForeignKeySpec fk : table.foreignKeys()) {
                sb.append(", CONSTRAINT ").append(q(fk.name())).append(" FOREIGN KEY (").append(q(fk.column()))
                        .append(") REFERENCES ").append(q(fk.referencedTable())).append(" (")
                        .append(q(fk.referencedColumn())).append(')');
            }
        }
        sb.append(')');
        String options = d.ddl().tableOptions();
        if (!options.isEmpty()) {
            sb.append(' ').append(options);
        }
        List<String> out = new ArrayList<>(d.ddl().beforeCreate(d.syntax(), table));
        out.add(sb.toString());
        for (IndexSpec ix : table.indexes()) {
            out.add(createIndex(table, ix));
        }
        return out;
    }

    /** CREATE [UNIQUE] INDEX of one index; the JSON codec's statement for an index on a path. */
    String createIndex(TableSpec table, IndexSpec ix) {
        if (ix.onPath()) {
            JsonColumnCodec j = d.types().codec(ColumnType.JSON).json();
            String sql = j == null ? null : j.createPathIndex(q(table.name()), q(ix.name()), q(ix.columns().get(0)),
                    ix.path());
            if (sql == null) {
                throw new UnsupportedCapabilityException(d.name(), Capability.JSON_PATH_INDEXES, "index " + ix.name());
            }
            return sql;
        }
        StringBuilder is = new StringBuilder(ix.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(q(ix.name())).append(" ON ").append(q(table.name())).append(" (");
        for (int i = 0; i < ix.columns().size(); i++) {
            is.append(i == 0 ? "" : ", ").append(q(ix.columns().get(i)));
        }
        return is.append(')').toString();
    }

    /** The SQL type a column is declared with ({@code BIGINT} for a generated key). */
    String declaredType(TableSpec table, ColumnSpec c) {
        if (c.primaryKey() && c.generated()) {
            String def = d.ddl().generatedKey(d.syntax(), table, c).toUpperCase(java.util.Locale.ROOT);
            int cut = def.length();
            for (String word : new String[] {" GENERATED", " PRIMARY", " AUTO_INCREMENT", " AUTOINCREMENT", " IDENTITY",
                " DEFAULT", " NOT NULL"}) {
                int at = def.indexOf(word);
                if (at > 0) {
                    cut = Math.min(cut, at);
                }
            }
            return def.substring(0, cut).trim();
        }
        return d.types().codec(c.type()).typeName(table, c);
    }

    /** ALTER TABLE ... ADD COLUMN; a NOT NULL column of a number or boolean gets its zero as the rows' value. */
    String addColumn(TableSpec table, ColumnSpec c) {
        StringBuilder sb = new StringBuilder("ALTER TABLE ").append(q(table.name())).append(" ADD COLUMN ")
                .append(q(c.name())).append(' ').append(d.types().codec(c.type()).typeName(table, c));
        if (!c.nullable()) {
            sb.append(" DEFAULT ").append(c.type() == ColumnType.BOOLEAN ? "FALSE" : "0").append(" NOT NULL");
        }
        return sb.toString();
    }

    /** ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY. */
    String addForeignKey(TableSpec table, ForeignKeySpec fk) {
        return "ALTER TABLE " + q(table.name()) + " ADD CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + q(fk.column())
                + ") REFERENCES " + q(fk.referencedTable()) + " (" + q(fk.referencedColumn()) + ")";
    }

    /** DROP TABLE, then what the dialect drops with it. */
    List<String> dropTable(TableSpec table) {
        List<String> out = new ArrayList<>();
        out.add("DROP TABLE " + q(table.name()));
        out.addAll(d.ddl().afterDrop(d.syntax(), table));
        return out;
    }
}
