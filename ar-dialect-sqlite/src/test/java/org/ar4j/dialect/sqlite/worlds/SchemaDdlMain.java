package org.ar4j.dialect.sqlite.worlds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ar4j.Database;
import org.ar4j.tck.fixtures.Fixtures;
import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.PostTag;
import org.ar4j.tck.fixtures.Tag;
import org.ar4j.tck.fixtures.User;

/**
 * Run in a fresh JVM by {@link SchemaDeterminismTest}: first uses every fixture model through a scratch database in
 * the order given ("forward" or "reverse"), as an application loading classes in another order would, then creates
 * the blog tables in a new SQLite file and prints the DDL statements it ran, one per line.
 */
public final class SchemaDdlMain {
    private SchemaDdlMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Class<?>> order = new ArrayList<>(Fixtures.ALL);
        if (args[0].equals("reverse")) {
            Collections.reverse(order);
        }
        try (Database scratch = Database.connect("jdbc:sqlite:file:scratch?mode=memory&cache=shared")) {
            for (Class<?> model : order) {
                scratch.schema().validate(model);
            }
        }
        Path file = Path.of(args[1]);
        Files.deleteIfExists(file);
        List<String> ddl = new ArrayList<>();
        try (Database db = Database.connect("jdbc:sqlite:" + file)) {
            db.addQueryListener(e -> {
                if (e.operation().equals("DDL")) {
                    ddl.add(e.text());
                }
            });
            db.schema().create(User.class, Post.class, Comment.class, Tag.class, PostTag.class);
        }
        ddl.forEach(System.out::println);
    }
}
