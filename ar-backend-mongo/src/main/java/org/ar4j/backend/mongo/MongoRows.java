package org.ar4j.backend.mongo;

import com.mongodb.client.MongoCursor;
import org.bson.Document;

import org.ar4j.BackendException;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;

/** An open find or aggregation, read once; closing it reports the read. */
final class MongoRows implements RowCursor {
    private final MongoCursor<Document> cursor;
    private final ColumnType[] types;
    private final String[] fields;
    private final MongoCommands commands;
    private final String op;
    private final String model;
    private final String text;
    private final MongoCommands.Bound params;
    private final long start;
    private Document current;
    private long rows;
    private boolean closed;

    MongoRows(MongoCursor<Document> cursor, ColumnType[] types, String[] fields, MongoCommands commands, String op,
              String model, String text, MongoCommands.Bound params, long start) {
        this.model = model;
        this.cursor = cursor;
        this.types = types;
        this.fields = fields;
        this.commands = commands;
        this.op = op;
        this.text = text;
        this.params = params;
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
            throw new BackendException(op + " failed on mongo: " + e.getMessage() + " [" + text + "]", e);
        }
    }

    @Override
    public Object get(int index) {
        return MongoValues.fromBson(current.get(fields[index]), types[index]);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cursor.close();
        commands.report(op, model, text, params, start, rows, null);
    }
}
