package org.ar4j.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.ar4j.Database;

/**
 * (f) the graph on MongoDB, ar4j against the plain driver doing the same finds (users, posts by
 * $in of user ids, comments by $in of post ids, in batches of 5,000 keys as ar4j does). The server
 * is mongo-java-server in process, not a real MongoDB: absolute times say little, ratios a bit more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class MongoBenchmarks {
    MongoServer server;
    Database db;
    MongoClient client;
    MongoDatabase mongo;

    @Setup(Level.Trial)
    public void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String url = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/bench";
        db = Database.connect(url);
        db.makeDefault();
        db.schema().create(Models.User.class, Models.Post.class, Models.Comment.class);
        List<Models.User> users = new ArrayList<>();
        for (int i = 0; i < BenchData.USERS; i++) {
            Models.User u = new Models.User();
            u.username = "user" + i;
            u.email = u.username + "@example.com";
            users.add(u);
        }
        db.insertAll(users);
        List<Models.Post> posts = new ArrayList<>();
        for (Models.User u : users) {
            for (int j = 0; j < BenchData.POSTS_PER_USER; j++) {
                Models.Post p = new Models.Post();
                p.userId = u.id;
                p.title = "post";
                p.body = "body of a post with some text to read";
                posts.add(p);
            }
        }
        db.insertAll(posts);
        List<Models.Comment> comments = new ArrayList<>();
        for (Models.Post p : posts) {
            for (int k = 0; k < BenchData.COMMENTS_PER_POST; k++) {
                Models.Comment c = new Models.Comment();
                c.postId = p.id;
                c.body = "comment";
                comments.add(c);
            }
        }
        db.insertAll(comments);
        client = MongoClients.create(url);
        mongo = client.getDatabase("bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        db.close();
        server.shutdownNow();
    }

    @Benchmark
    public int graph_ar4j() {
        int n = 0;
        for (Models.User u : db.query(Models.User.class).with("posts", "posts.comments").all()) {
            for (Models.Post p : Models.User.POSTS.get(u)) {
                n += Models.Post.COMMENTS.get(p).size();
            }
        }
        return n;
    }

    @Benchmark
    public int graph_driver() {
        MongoCollection<Document> users = mongo.getCollection("bench_users");
        MongoCollection<Document> posts = mongo.getCollection("bench_posts");
        MongoCollection<Document> comments = mongo.getCollection("bench_comments");
        List<Models.PUser> out = new ArrayList<>();
        Map<Long, Models.PUser> byId = new HashMap<>();
        for (Document d : users.find()) {
            Models.PUser u = new Models.PUser();
            u.id = d.getLong("_id");
            u.username = d.getString("username");
            u.email = d.getString("email");
            out.add(u);
            byId.put(u.id, u);
        }
        Map<Long, Models.PPost> postById = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(byId.keySet()))) {
            for (Document d : posts.find(new Document("user_id", new Document("$in", chunk))).sort(new Document("_id", 1))) {
                Models.PPost p = new Models.PPost();
                p.id = d.getLong("_id");
                p.userId = d.getLong("user_id");
                p.title = d.getString("title");
                p.body = d.getString("body");
                byId.get(p.userId).posts.add(p);
                postById.put(p.id, p);
            }
        }
        for (List<Long> chunk : chunks(new ArrayList<>(postById.keySet()))) {
            for (Document d : comments.find(new Document("post_id", new Document("$in", chunk))).sort(new Document("_id", 1))) {
                Models.PComment c = new Models.PComment();
                c.id = d.getLong("_id");
                c.postId = d.getLong("post_id");
                c.body = d.getString("body");
                postById.get(c.postId).comments.add(c);
            }
        }
        int n = 0;
        for (Models.PUser u : out) {
            for (Models.PPost p : u.posts) {
                n += p.comments.size();
            }
        }
        return n;
    }

    private static List<List<Long>> chunks(List<Long> keys) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += 5_000) {
            out.add(keys.subList(i, Math.min(keys.size(), i + 5_000)));
        }
        return out;
    }
}
