package org.ar4j;

import org.ar4j.schema.SchemaReport;

/** The live database differs from the models; the message lists every difference with its fix. */
public class SchemaMismatchException extends Ar4jException {
    private static final long serialVersionUID = 1L;

    private final transient SchemaReport report;

    /** An exception carrying the whole report. */
    public SchemaMismatchException(SchemaReport report) {
        super(report.toString());
        this.report = report;
    }

    /** The whole report. */
    public SchemaReport report() {
        return report;
    }
}
