package org.ar4j;

/**
 * A write (save, delete, insertAll, upsertAll, updateAll, deleteAll) or a schema change (create, drop) on a model
 * declared {@code @Table(readOnly = true)}: it maps a view or a table other code owns. Nothing is written.
 */
public class ReadOnlyModelException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    /** The model and the refused operation. */
    public ReadOnlyModelException(String model, String operation) {
        super(operation + " refused: " + model + " is read-only (@Table(readOnly = true)); it maps a view or a table"
                + " other code writes. Write through a model of the underlying table, or drop readOnly");
    }
}
