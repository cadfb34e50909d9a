package org.ar4j.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ar4j.spi.ColumnType;

/**
 * A dialect's type map: one {@link ColumnCodec} per portable column type, and how the catalogue's type names read
 * (synonyms, live types that hold a declared one). Immutable; a dialect starts from {@link #STANDARD} and replaces what
 * differs ({@code SqlTypes.STANDARD.with(ColumnType.BYTES, ColumnCodec.standard(ColumnType.BYTES).withTypeName("BYTEA"))})
 * and returns it from {@link SqlDialect#types()}.
 */
public final class SqlTypes {
    /** The JDBC mapping with standard SQL type names ({@link ColumnCodec#standard}) for every type. */
    public static final SqlTypes STANDARD = standard();

    private static final Set<String> SIZED = Set.of("VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "NUMERIC",
            "DECIMAL");

    private final ColumnCodec[] codecs;
    private final Map<String, String> synonyms;
    private final Map<String, Set<String>> holders;

    private SqlTypes(ColumnCodec[] codecs, Map<String, String> synonyms, Map<String, Set<String>> holders) {
        this.codecs = codecs;
        this.synonyms = Map.copyOf(synonyms);
        this.holders = Map.copyOf(holders);
    }

    private static SqlTypes standard() {
        ColumnCodec[] codecs = new ColumnCodec[ColumnType.values().length];
        for (ColumnType t : ColumnType.values()) {
            codecs[t.ordinal()] = ColumnCodec.standard(t);
        }
        return new SqlTypes(codecs, Map.of(), Map.of());
    }

    /** The codec of a type. */
    public ColumnCodec codec(ColumnType type) {
        return codecs[type.ordinal()];
    }

    /** This map with another codec for a type. */
    public SqlTypes with(ColumnType type, ColumnCodec codec) {
        ColumnCodec[] copy = codecs.clone();
        copy[type.ordinal()] = codec;
        return new SqlTypes(copy, synonyms, holders);
    }

    /** This map with each type's codec given another fixed type name. */
    public SqlTypes withTypeNames(Map<ColumnType, String> names) {
        SqlTypes out = this;
        for (Map.Entry<ColumnType, String> e : names.entrySet()) {
            out = out.with(e.getKey(), codec(e.getKey()).withTypeName(e.getValue()));
        }
        return out;
    }

    /**
     * This map reading more of the catalogue's type names as the names it declares (upper case, no arguments:
     * {@code INT8 -> BIGINT}), so that validation compares like with like.
     */
    public SqlTypes withSynonyms(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(synonyms);
        all.putAll(more);
        return new SqlTypes(codecs, all, holders);
    }

    /**
     * This map accepting live columns of the given canonical types where it declares {@code declared}: they store every
     * value ar4j writes as that type.
     */
    public SqlTypes withHolders(String declared, String... live) {
        Map<String, Set<String>> all = new HashMap<>(holders);
        Set<String> set = new HashSet<>(all.getOrDefault(declared, Set.of()));
        set.addAll(List.of(live));
        all.put(declared, Set.copyOf(set));
        return new SqlTypes(codecs, synonyms, all);
    }

    /**
     * A type name in one spelling: upper case, collation and extra spaces dropped, synonyms replaced, the length or
     * precision kept only where it is part of the type's identity (VARCHAR(12), DECIMAL(10,2)).
     */
    public String canonical(String type) {
        String t = type.toUpperCase(Locale.ROOT).replaceAll(" COLLATE .*$", "").replaceAll("\\s+", " ")
                .replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",").replaceAll(" ?\\)", ")").trim();
        int paren = t.indexOf('(');
        String base = paren < 0 ? t : t.substring(0, paren) + t.substring(t.indexOf(')', paren) + 1);
        String args = paren < 0 ? "" : t.substring(paren, t.indexOf(')', paren) + 1);
        String synonym = synonyms.getOrDefault(base.trim(), base.trim());
        if (!SIZED.contains(synonym) || args.isEmpty()) {
            return synonym;
        }
        boolean decimal = synonym.equals("NUMERIC") || synonym.equals("DECIMAL");
        return synonym + (decimal || !args.contains(",") ? args : args.substring(0, args.indexOf(',')) + ")");
    }

    /** Whether a live column of canonical type {@code have} stores every value ar4j writes as {@code want}. */
    public boolean holds(String have, String want) {
        return have.equals(want) || holders.getOrDefault(want, Set.of()).contains(have);
    }
}
