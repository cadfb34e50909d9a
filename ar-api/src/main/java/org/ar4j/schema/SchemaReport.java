package org.ar4j.schema;

import java.util.List;

/**
 * What {@code schema().validate(...)} found: every difference between the models and the live database,
 * each naming the model, the field and the fix. Empty when the database matches.
 *
 * @param backend  the backend inspected
 * @param problems the differences, table by table
 */
public record SchemaReport(String backend, List<SchemaProblem> problems) {
    /** Copies the list. */
    public SchemaReport {
        problems = List.copyOf(problems);
    }

    /** Whether the database matches the models. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The problems of one kind. */
    public List<SchemaProblem> problems(SchemaProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    @Override
    public String toString() {
        if (problems.isEmpty()) {
            return "The " + backend + " database matches the models.";
        }
        StringBuilder sb = new StringBuilder("The " + backend + " database differs from the models in " + problems.size()
                + (problems.size() == 1 ? " place" : " places") + " (schema().migrationScript(...) writes the fixes):");
        for (SchemaProblem p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }
}
