package org.ar4j.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Json;
import org.ar4j.Table;

/**
 * "Read 100 with a JSON field", paired and interleaved in one JVM against the least work by hand (JDBC and the same
 * Jackson mapper ar-jackson uses, into the same record), per backend given ({@code sqlite}, {@code postgres}); and
 * the two ways to see in-place changes of JSON values: what ar4j does (keep the text read, serialize the current value
 * when asked) against a deep copy made at load and compared with equals. Median and quartiles of per-round ratios.
 */
public final class JsonPaired {
    private static final int ROWS = 100;
    private static final int WARMUP = 300;
    private static final int ROUNDS = 1_000;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A model with a JSON document. */
    @Table("bench_docs")
    public static class Doc extends ActiveRecord<Doc> {
        @Id public Long id;
        public String name;
        @Json public Spec spec;
    }

    /** The document: scalars, a list and a map, as a product's attributes are. */
    public record Spec(String color, int size, List<String> tags, Map<String, Integer> scores) {
    }

    private JsonPaired() {
    }

    public static void main(String[] args) throws Exception {
        for (String backend : args.length == 0 ? new String[] {"sqlite"} : args) {
            run(backend);
        }
    }

    private static void run(String backend) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Database db = Database.builder().url(BenchData.url(backend)).build();
             Connection c = DriverManager.getConnection(BenchData.url(backend))) {
            seed(db);
            PreparedStatement ps = c.prepareStatement("SELECT id, name, spec FROM bench_docs ORDER BY id LIMIT ?");
            String[] names = {"by hand (JDBC + Jackson)", "ar4j all()", "ar4j changedFields() x100 (text kept)",
                "deep copy at load + equals x100"};
            double[][] time = new double[names.length][ROUNDS];
            double[][] bytes = new double[names.length][ROUNDS];
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                long[] t = new long[names.length + 1];
                long[] b = new long[names.length + 1];
                t[0] = System.nanoTime();
                b[0] = mx.getCurrentThreadAllocatedBytes();
                List<Object[]> hand = byHand(ps);
                t[1] = System.nanoTime();
                b[1] = mx.getCurrentThreadAllocatedBytes();
                List<Doc> read = db.query(Doc.class).orderBy("id").limit(ROWS).all();
                t[2] = System.nanoTime();
                b[2] = mx.getCurrentThreadAllocatedBytes();
                int changed = 0;
                for (Doc d : read) {
                    changed += d.changedFields().size();
                }
                t[3] = System.nanoTime();
                b[3] = mx.getCurrentThreadAllocatedBytes();
                int copies = 0;
                for (Object[] row : hand) {
                    Spec copy = MAPPER.convertValue(row[2], Spec.class); // the snapshot a deep copy would keep
                    copies += Objects.equals(copy, row[2]) ? 0 : 1;
                }
                t[4] = System.nanoTime();
                b[4] = mx.getCurrentThreadAllocatedBytes();
                if (changed != 0 || copies != 0 || read.size() != ROWS || hand.size() != ROWS) {
                    throw new IllegalStateException("the two sides disagree");
                }
                if (round >= WARMUP) {
                    for (int i = 0; i < names.length; i++) {
                        time[i][round - WARMUP] = t[i + 1] - t[i];
                        bytes[i][round - WARMUP] = b[i + 1] - b[i];
                    }
                }
            }
            report(backend, names, time, bytes);
            db.schema().dropIfExists(Doc.class);
        }
    }

    private static void report(String backend, String[] names, double[][] time, double[][] bytes) {
        System.out.printf("read %d rows with a JSON field, %s, %d paired rounds (median [q1, q3]):%n", ROWS, backend,
                ROUNDS);
        for (int i = 0; i < names.length; i++) {
            double[] ratio = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                ratio[r] = time[i][r] / time[0][r];
            }
            System.out.printf("  %-40s %8.1f us %9.0f B   %.2fx [%.2f, %.2f] time, %.2fx bytes of by hand%n",
                    names[i], median(time[i]) / 1e3, median(bytes[i]), median(ratio), quantile(ratio, 0.25),
                    quantile(ratio, 0.75), median(bytes[i]) / median(bytes[0]));
        }
    }


    private static void seed(Database db) {
        db.schema().dropIfExists(Doc.class);
        db.schema().create(Doc.class);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Doc d = new Doc();
            d.name = "doc" + i;
            Map<String, Integer> scores = new LinkedHashMap<>();
            scores.put("fit", i % 5);
            scores.put("value", i % 7);
            d.spec = new Spec(i % 2 == 0 ? "red" : "blue", 36 + i % 10, List.of("new", "sale", "t" + i), scores);
            docs.add(d);
        }
        db.insertAll(docs);
    }

    private static List<Object[]> byHand(PreparedStatement ps) throws Exception {
        ps.setInt(1, ROWS);
        List<Object[]> out = new ArrayList<>(ROWS);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Object[] {rs.getLong(1), rs.getString(2), MAPPER.readValue(rs.getString(3), Spec.class)});
            }
        }
        return out;
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
    }
}
