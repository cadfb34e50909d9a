package org.ar4j.tck.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.query.Where;
import org.ar4j.tck.fixtures.Listing;

/**
 * Shows which index a SQL backend uses for an equality on an indexed JSON path: ar4j runs the query on 300 listings
 * (its SQL and bound values captured by a query listener), and the database's own EXPLAIN of that statement, through
 * plain JDBC, gives the plan. A backend's test asserts the plan names the path's index.
 */
public final class PathIndexPlan {
    /** The index {@link Listing}'s {@code @Json(indexed = "a")} declares on its {@code attributes} column. */
    public static final String INDEX = "ix_tck_listings_attributes_a";

    private PathIndexPlan() {
    }

    /**
     * The plan of {@code attributes.a = 'w7'} on {@code url}: {@code setup} (e.g. PostgreSQL's
     * {@code SET enable_seqscan = off}, so a small table is not read whole) runs first on the EXPLAIN's connection,
     * and every column of every row of the plan is joined into the text returned.
     */
    public static String of(String url, String jdbcUrl, String explain, String setup) throws SQLException {
        List<QueryEvent> events = new ArrayList<>();
        try (Database db = Database.builder().url(url).logParameters(true).build()) {
            db.schema().dropIfExists(Listing.class);
            db.schema().create(Listing.class);
            try {
                db.bind(() -> {
                    for (int i = 0; i < 300; i++) {
                        Listing l = new Listing("l" + i);
                        l.attributes = Map.of("a", "w" + i, "obj", Map.of("w", i));
                        l.save();
                    }
                    return null;
                });
                db.addQueryListener(events::add);
                List<String> titles = db.query(Listing.class).where(Where.eq("attributes.a", "w7"))
                        .pluck("title", String.class);
                if (!titles.equals(List.of("l7"))) {
                    throw new AssertionError("attributes.a = 'w7' read " + titles);
                }
                QueryEvent select = events.stream().filter(QueryEvent::isRead).reduce((a, b) -> b).orElseThrow();
                return explain(jdbcUrl, explain + select.text(), select.parameters().values(), setup);
            } finally {
                db.schema().dropIfExists(Listing.class);
            }
        }
    }

    private static String explain(String jdbcUrl, String sql, List<Object> values, String setup) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            if (setup != null) {
                try (Statement s = c.createStatement()) {
                    s.execute(setup);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    ps.setObject(i + 1, values.get(i));
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                            plan.append(rs.getString(col)).append(' ');
                        }
                        plan.append('\n');
                    }
                }
                return plan.toString();
            }
        }
    }
}
