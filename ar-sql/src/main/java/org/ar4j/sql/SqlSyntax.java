package org.ar4j.sql;

import org.ar4j.spi.Locking;
import org.ar4j.spi.SqlText;

/**
 * How a SQL database spells what ar4j writes, as data: quoting, paging, upserts, locking reads, LIKE, the statements
 * that vary, and how native SQL text reads. A dialect states its differences from {@link #STANDARD} with withers and
 * returns them from {@link SqlDialect#syntax()}.
 *
 * @param quote           the identifier quote character (identifiers come only from model metadata)
 * @param upsertStyle     how the database inserts or writes over by a unique key
 * @param spellsNullOrder whether ORDER BY must say {@code NULLS FIRST}/{@code NULLS LAST} to give ar4j's portable
 *                        order (nulls first ascending): only on nullable columns, so an index on a NOT NULL key can
 *                        still serve the order
 * @param clauses         the clauses that vary
 * @param commands        the statements that vary
 * @param text            how native SQL text reads here (quotes, comments)
 */
public record SqlSyntax(char quote, UpsertStyle upsertStyle, boolean spellsNullOrder, Clauses clauses,
                        Commands commands, SqlText text) {

    /** Standard SQL: double quotes, ON CONFLICT, {@code OFFSET ?} alone, {@code FOR UPDATE}/{@code FOR SHARE}. */
    public static final SqlSyntax STANDARD = new SqlSyntax('"', UpsertStyle.ON_CONFLICT, false,
            new Clauses("OFFSET ?", " ESCAPE '\\'", " FOR UPDATE", " FOR SHARE"),
            new Commands(" DEFAULT VALUES", null, null), SqlText.STANDARD);

    /**
     * Clauses that differ between databases.
     *
     * @param offsetWithoutLimit the paging clause with an offset and no limit, one {@code ?} for the offset
     * @param likeEscape         what follows {@code LIKE ?} to make {@code \} the escape character (empty where it is)
     * @param forUpdate          the exclusive locking clause; empty for a database without row locks whose
     *                           transactions serialise writers (then no locking clause is written)
     * @param forShare           the shared locking clause
     * @param foldAscii          an expression template ({@code %s}: the column) that lowers ASCII letters A-Z and
     *                           changes nothing else, for case-insensitive matches with the same rows everywhere
     */
    public record Clauses(String offsetWithoutLimit, String likeEscape, String forUpdate, String forShare,
                          String foldAscii) {
        /** Standard SQL's {@code translate} lowering A-Z. */
        public static final String TRANSLATE_ASCII = "translate(%s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
                + " 'abcdefghijklmnopqrstuvwxyz')";

        /** Clauses whose ASCII fold is standard SQL's {@code translate}. */
        public Clauses(String offsetWithoutLimit, String likeEscape, String forUpdate, String forShare) {
            this(offsetWithoutLimit, likeEscape, forUpdate, forShare, TRANSLATE_ASCII);
        }

        /** A fold of A-Z by 26 nested {@code REPLACE} calls: for a database without {@code translate}. */
        public static String nestedReplaceAscii() {
            String expr = "%s";
            for (char c = 'A'; c <= 'Z'; c++) {
                expr = "REPLACE(" + expr + ", '" + c + "', '" + Character.toLowerCase(c) + "')";
            }
            return expr;
        }

        /** These clauses with another ASCII fold. */
        public Clauses withFoldAscii(String template) {
            return new Clauses(offsetWithoutLimit, likeEscape, forUpdate, forShare, template);
        }
    }

    /** {@code column} with ASCII letters lowered and nothing else changed (see {@link Clauses#foldAscii()}). */
    public String foldAscii(String column) {
        return clauses.foldAscii().replace("%s", column);
    }

    /**
     * Statements that differ between databases.
     *
     * @param insertDefaultValues what follows {@code INSERT INTO t} for a row giving no column (a generated id only)
     * @param beginTransaction    the statement that begins a transaction, or null for JDBC's
     *                            {@code setAutoCommit(false)}; when set, transactions end with COMMIT/ROLLBACK
     *                            statements (SQLite: {@code BEGIN IMMEDIATE}, so read-then-write transactions wait
     *                            on the busy timeout instead of failing to upgrade a read lock)
     * @param lastGeneratedKey    the query returning the last generated key on the connection, for
     *                            {@link DialectFeatures.GeneratedKeys#consecutive()}; null when there is none
     */
    public record Commands(String insertDefaultValues, String beginTransaction, String lastGeneratedKey) {
    }

    /** This syntax with another identifier quote character. */
    public SqlSyntax withQuote(char value) {
        return new SqlSyntax(value, upsertStyle, spellsNullOrder, clauses, commands, text);
    }

    /** This syntax with another upsert style. */
    public SqlSyntax withUpsertStyle(UpsertStyle value) {
        return new SqlSyntax(quote, value, spellsNullOrder, clauses, commands, text);
    }

    /** This syntax with the null order spelled out (or not). */
    public SqlSyntax withSpelledNullOrder(boolean value) {
        return new SqlSyntax(quote, upsertStyle, value, clauses, commands, text);
    }

    /** This syntax with other clauses. */
    public SqlSyntax withClauses(Clauses value) {
        return new SqlSyntax(quote, upsertStyle, spellsNullOrder, value, commands, text);
    }

    /** This syntax with another paging clause for an offset without a limit. */
    public SqlSyntax withOffsetWithoutLimit(String value) {
        return withClauses(new Clauses(value, clauses.likeEscape(), clauses.forUpdate(), clauses.forShare(),
                clauses.foldAscii()));
    }

    /** This syntax with another ASCII fold template (see {@link Clauses#foldAscii()}). */
    public SqlSyntax withFoldAscii(String template) {
        return withClauses(clauses.withFoldAscii(template));
    }

    /** This syntax with other locking clauses; {@code ("", "")} for none. */
    public SqlSyntax withLocks(String forUpdate, String forShare) {
        return withClauses(new Clauses(clauses.offsetWithoutLimit(), clauses.likeEscape(), forUpdate, forShare,
                clauses.foldAscii()));
    }

    /** This syntax with other statements. */
    public SqlSyntax withCommands(Commands value) {
        return new SqlSyntax(quote, upsertStyle, spellsNullOrder, clauses, value, text);
    }

    /** This syntax with another reading of native SQL text. */
    public SqlSyntax withText(SqlText value) {
        return new SqlSyntax(quote, upsertStyle, spellsNullOrder, clauses, commands, value);
    }

    /** Quotes an identifier. */
    public String quote(String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** The LIMIT/OFFSET clause with {@code ?} placeholders, bound as limit then offset; null when neither. */
    public String limitClause(boolean hasLimit, boolean hasOffset) {
        if (hasLimit) {
            return hasOffset ? "LIMIT ? OFFSET ?" : "LIMIT ?";
        }
        return hasOffset ? clauses.offsetWithoutLimit() : null;
    }

    /** The clause a locking read ends with, with {@code SKIP LOCKED} or {@code NOWAIT}; empty without row locks. */
    public String lockingClause(Locking locking) {
        if (clauses.forUpdate().isEmpty()) {
            return "";
        }
        String wait = switch (locking.onLocked()) {
            case WAIT -> "";
            case SKIP_LOCKED -> " SKIP LOCKED";
            case NO_WAIT -> " NOWAIT";
        };
        return (locking.shared() ? clauses.forShare() : clauses.forUpdate()) + wait;
    }

    /**
     * One ORDER BY term. ar4j sorts nulls first ascending and last descending on every backend; where the database
     * does not ({@link #spellsNullOrder()}), nullable columns say so, and NOT NULL ones do not (a NULLS clause on a NOT
     * NULL key can stop an index from serving the order).
     */
    public String orderTerm(String column, boolean ascending, boolean nullable) {
        if (nullable && spellsNullOrder) {
            return column + (ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST");
        }
        return column + (ascending ? " ASC" : " DESC");
    }
}
