package org.ar4j.sql.internal;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.RowCursor;

/**
 * A result read whole before its first row is handed out, for a stream that must see the rows as of its start on a
 * connection whose cursors see later writes (SQLite inside a transaction).
 */
final class BufferedRows implements RowCursor {
    private final List<Object[]> rows;
    private int at = -1;

    private BufferedRows(List<Object[]> rows) {
        this.rows = rows;
    }

    /** Reads every row of {@code cursor} (of {@code width} columns) and closes it. */
    static RowCursor readAll(RowCursor cursor, int width) {
        List<Object[]> rows = new ArrayList<>();
        try (cursor) {
            while (cursor.next()) {
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = cursor.get(i);
                }
                rows.add(row);
            }
        }
        return new BufferedRows(rows);
    }

    @Override
    public boolean next() {
        if (at >= 0 && at < rows.size()) {
            rows.set(at, null); // the row handed out before is not needed again
        }
        at++;
        return at < rows.size();
    }

    @Override
    public Object get(int index) {
        return rows.get(at)[index];
    }

    @Override
    public void close() {
        rows.clear();
        at = 0;
    }
}
