package org.ar4j.backend.mongo;

import com.mongodb.client.MongoCursor;
import org.bson.Document;

import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;

/** An open find or aggregation, read once; closing it reports the read. */
final class MongoRows implements RowCursor {
    private final MongoCursor<Document> cursor;
    private final ColumnType[] types;
    private final String[] fields;
    private final MongoCommands commands;
    private final MongoCommands.Shown shown;
    private final long start;
    private Document current;
    private long rows;
    private boolean closed;

    MongoRows(MongoCursor<Document> cursor, ColumnType[] types, String[] fields, MongoCommands commands,
              MongoCommands.Shown shown, long start) {
        this.shown = shown;
        this.cursor = cursor;
        this.types = types;
        this.fields = fields;
        this.commands = commands;
        this.start = start;
    }

    @Override
    public boolean next() {
        try {
            if (cursor.hasNext()) {
                current = cursor.next();
                rows++;
                return true;
            }
            current = null;
            return false;
        } catch (RuntimeException e) {
            close();
            throw MongoErrors.failure(shown.op(), e, " [" + shown.text() + "]", false);
        }
    }

    @Override
    public Object get(int index) {
        return MongoValues.fromBson(MongoFilters.read(current, fields[index]), types[index]);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cursor.close();
        commands.report(shown.op(), shown.model(), shown.text(), shown.params(), start, rows, null);
    }
}
