package org.ar4j.backend.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.ar4j.Database;
import org.ar4j.tck.fixtures.Customer;
import org.ar4j.tck.fixtures.Customer.Address;
import org.ar4j.tck.fixtures.Customer.Position;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Embedded values and indexed JSON paths are native on MongoDB: read here with the driver, beside ar4j. */
class MongoEmbeddedDocumentsTest {
    private static MongoServer server;
    private static String url;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        url = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/ar4j_docs";
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void embeddedValuesAreSubdocumentsAndUpdatesSetPaths() {
        try (Database db = Database.connect(url); MongoClient client = MongoClients.create(url)) {
            db.schema().create(Customer.class);
            Customer c = new Customer("ann");
            c.address = new Address("Main St 1", "Oslo", new Position(59.9, 10.7));
            c.billing = new Address(null, "Bergen", null);
            db.bind(() -> c.save());
            Document raw = client.getDatabase("ar4j_docs").getCollection("tck_customers").find().first();
            assertThat(raw).isNotNull();
            Document address = raw.get("address", Document.class);
            assertThat(address.getString("street")).isEqualTo("Main St 1");
            assertThat(address.get("position", Document.class).getDouble("lat")).isEqualTo(59.9);
            assertThat(raw.get("billing", Document.class).getString("city")).as("under the field's name, not its prefix")
                    .isEqualTo("Bergen");
            assertThat(raw.keySet()).doesNotContain("address_city", "bill_city", "contact");
            c.address = new Address("Main St 1", "Trondheim", new Position(59.9, 10.7));
            db.bind(() -> c.save());
            Document after = client.getDatabase("ar4j_docs").getCollection("tck_customers").find().first();
            assertThat(after.get("address", Document.class).getString("city")).isEqualTo("Trondheim");
            assertThat(after.get("address", Document.class).get("position", Document.class).getDouble("lon"))
                    .isEqualTo(10.7);
        }
    }

    @Test
    void jsonPathIndexesAreDottedPathIndexes() {
        try (Database db = Database.connect(url); MongoClient client = MongoClients.create(url)) {
            db.schema().create(org.ar4j.tck.fixtures.Listing.class);
            java.util.Map<String, Document> keys = new java.util.HashMap<>();
            for (Document ix : client.getDatabase("ar4j_docs").getCollection("tck_listings").listIndexes()) {
                keys.put(ix.getString("name"), ix.get("key", Document.class));
            }
            assertThat(keys.get("ix_tck_listings_attributes_a")).isEqualTo(new Document("attributes.a", 1));
            assertThat(keys.get("ix_tck_listings_attributes_obj_w")).isEqualTo(new Document("attributes.obj.w", 1));
            assertThat(db.schema().validate(org.ar4j.tck.fixtures.Listing.class).isClean()).isTrue();
        }
    }
}
