package org.ar4j.spi;

/** What a name is for, when a backend checks whether it can use it ({@link Backend#identifierProblem}). */
public enum IdentifierKind {
    /** A table or collection. */
    TABLE,
    /** A column or document field. */
    COLUMN,
    /** An index. */
    INDEX
}
