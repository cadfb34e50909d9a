package org.ar4j.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.Database;

/**
 * The paired rows of features a model may use, each against the least work by hand for the same result: reading
 * 100 posts through a default scope (the hand-written statement carries the same condition) and through a value
 * converter (the hand-written loop builds the same value). The plain ar4j read runs beside them, so the table shows
 * what the feature adds over not using it.
 */
final class FeaturePaired {
    static final String SCOPED_POSTS = "SELECT \"id\", \"user_id\", \"title\", \"body\" FROM \"bench_posts\""
            + " WHERE \"user_id\" > ? ORDER BY \"id\" ASC LIMIT ?";

    private FeaturePaired() {
    }

    /** Both rows for one backend; {@code jdbc} is the hand-written side's connection. */
    static List<List<Paired.Result>> run(Database own, Connection jdbc) throws Exception {
        List<List<Paired.Result>> out = new ArrayList<>();
        try (PreparedStatement scoped = jdbc.prepareStatement(SCOPED_POSTS);
             PreparedStatement posts = jdbc.prepareStatement(Jdbc.POSTS)) {
            out.add(Paired.run("read 100, default scope", List.of(
                    new Paired.Impl("jdbc", x -> scopedPosts(scoped, 100)),
                    new Paired.Impl("ar4j own pool", x -> own.query(FeatureModels.ScopedPost.class).orderBy("id")
                            .limit(100).all()),
                    new Paired.Impl("ar4j, no scope", x -> own.query(Models.Post.class).orderBy("id").limit(100).all())),
                    50, 300, 10, 1));
            out.add(Paired.run("read 100, converter", List.of(
                    new Paired.Impl("jdbc", x -> titledPosts(posts, 100)),
                    new Paired.Impl("ar4j own pool", x -> own.query(FeatureModels.TitledPost.class).orderBy("id")
                            .limit(100).all()),
                    new Paired.Impl("ar4j, no converter", x -> own.query(Models.Post.class).orderBy("id").limit(100)
                            .all())), 50, 300, 10, 1));
        }
        return out;
    }

    private static List<Models.PPost> scopedPosts(PreparedStatement ps, int limit) throws SQLException {
        ps.setLong(1, 0L);
        ps.setInt(2, limit);
        return Jdbc.readPosts(ps, limit);
    }

    private static List<FeatureModels.PTitledPost> titledPosts(PreparedStatement ps, int limit) throws SQLException {
        ps.setInt(1, limit);
        List<FeatureModels.PTitledPost> out = new ArrayList<>(limit);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FeatureModels.PTitledPost p = new FeatureModels.PTitledPost();
                p.id = rs.getLong(1);
                p.userId = rs.getLong(2);
                p.title = new FeatureModels.Title(rs.getString(3));
                p.body = rs.getString(4);
                out.add(p);
            }
        }
        return out;
    }
}
