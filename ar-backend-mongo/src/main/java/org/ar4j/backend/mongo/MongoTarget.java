package org.ar4j.backend.mongo;

import java.util.List;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One collection as the calling thread must use it: inside its transaction's session or without one. The
 * choice is made once, in {@link #of}; every command is then written once.
 */
abstract class MongoTarget {
    final MongoCollection<Document> collection;

    private MongoTarget(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The collection for this thread: in the session of its open transaction, else plain. */
    static MongoTarget of(MongoCollection<Document> collection, ClientSession session) {
        return session == null ? new Plain(collection) : new InSession(collection, session);
    }

    abstract FindIterable<Document> find(Bson filter);

    abstract AggregateIterable<Document> aggregate(List<Document> pipeline);

    abstract long count(Bson filter, CountOptions options);

    abstract void insert(List<Document> documents);

    abstract long updateMany(Bson filter, Bson update);

    abstract long deleteMany(Bson filter);

    abstract Document findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options);

    abstract UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options);

    /** An ordered bulk write; returns how many documents it matched or inserted. */
    abstract long bulkWrite(List<WriteModel<Document>> writes);

    private static final class Plain extends MongoTarget {
        Plain(MongoCollection<Document> collection) {
            super(collection);
        }

        @Override
        FindIterable<Document> find(Bson filter) {
            return collection.find(filter);
        }

        @Override
        AggregateIterable<Document> aggregate(List<Document> pipeline) {
            return collection.aggregate(pipeline);
        }

        @Override
        long count(Bson filter, CountOptions options) {
            return collection.countDocuments(filter, options);
        }

        @Override
        void insert(List<Document> documents) {
            if (documents.size() == 1) {
                collection.insertOne(documents.get(0));
            } else {
                collection.insertMany(documents);
            }
        }

        @Override
        long updateMany(Bson filter, Bson update) {
            return collection.updateMany(filter, update).getMatchedCount();
        }

        @Override
        long deleteMany(Bson filter) {
            return collection.deleteMany(filter).getDeletedCount();
        }

        @Override
        Document findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
            return collection.findOneAndUpdate(filter, update, options);
        }

        @Override
        UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options) {
            return collection.updateOne(filter, update, options);
        }

        @Override
        long bulkWrite(List<WriteModel<Document>> writes) {
            BulkWriteResult r = collection.bulkWrite(writes);
            return r.getMatchedCount() + r.getUpserts().size();
        }
    }

    private static final class InSession extends MongoTarget {
        private final ClientSession session;

        InSession(MongoCollection<Document> collection, ClientSession session) {
            super(collection);
            this.session = session;
        }

        @Override
        FindIterable<Document> find(Bson filter) {
            return collection.find(session, filter);
        }

        @Override
        AggregateIterable<Document> aggregate(List<Document> pipeline) {
            return collection.aggregate(session, pipeline);
        }

        @Override
        long count(Bson filter, CountOptions options) {
            return collection.countDocuments(session, filter, options);
        }

        @Override
        void insert(List<Document> documents) {
            if (documents.size() == 1) {
                collection.insertOne(session, documents.get(0));
            } else {
                collection.insertMany(session, documents);
            }
        }

        @Override
        long updateMany(Bson filter, Bson update) {
            return collection.updateMany(session, filter, update).getMatchedCount();
        }

        @Override
        long deleteMany(Bson filter) {
            return collection.deleteMany(session, filter).getDeletedCount();
        }

        @Override
        Document findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
            return collection.findOneAndUpdate(session, filter, update, options);
        }

        @Override
        UpdateResult updateOne(Bson filter, Bson update, UpdateOptions options) {
            return collection.updateOne(session, filter, update, options);
        }

        @Override
        long bulkWrite(List<WriteModel<Document>> writes) {
            BulkWriteResult r = collection.bulkWrite(session, writes);
            return r.getMatchedCount() + r.getUpserts().size();
        }
    }
}
