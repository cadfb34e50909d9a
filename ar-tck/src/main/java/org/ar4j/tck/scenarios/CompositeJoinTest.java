package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.ar4j.ConstraintViolationException;
import org.ar4j.Key;
import org.ar4j.LoadMode;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Player;
import org.ar4j.tck.fixtures.Roster;
import org.ar4j.tck.fixtures.Team;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A HasManyThrough whose join model has no surrogate id: {@link Roster} is keyed by (teamId, playerId), the two
 * foreign keys. Seeded random rosters are checked against an in-memory oracle, with statement counts.
 */
@Tag("keys")
class CompositeJoinTest extends TckScenario {
    private final Random rnd = new Random(7_2026_12L);
    private final List<Team> teams = new ArrayList<>();
    private final List<Player> players = new ArrayList<>();
    /** The oracle: team id to the names of its players. */
    private final Map<Long, TreeSet<String>> rosterOf = new HashMap<>();

    private void seed(int teamCount, int playerCount) {
        for (int i = 0; i < playerCount; i++) {
            players.add(new Player("player " + i).save());
        }
        for (int t = 0; t < teamCount; t++) {
            Team team = new Team("team " + t).save();
            teams.add(team);
            TreeSet<String> names = new TreeSet<>();
            for (Player p : players) {
                if (rnd.nextInt(3) == 0) {
                    new Roster(team, p, rnd.nextInt(99)).save();
                    names.add(p.name);
                }
            }
            rosterOf.put(team.id, names);
        }
    }

    private static TreeSet<String> names(List<Player> list) {
        TreeSet<String> out = new TreeSet<>();
        list.forEach(p -> out.add(p.name));
        return out;
    }

    @Test
    @DisplayName("with(\"players\") through the composite-keyed join reads 1 + 2 statements, each team its own players")
    void eagerThroughACompositeJoin() {
        seed(8, 12);
        List<Team> loaded = queries.measure(() -> db.query(Team.class).with("players").orderBy("id").all());
        assertThat(queries.count()).as("%s", queries.texts()).isEqualTo(3);
        assertThat(queries.during(() -> loaded.forEach(t -> assertThat(names(t.players())).as(t.name)
                .isEqualTo(rosterOf.get(t.id))))).isZero();
    }

    @Test
    @DisplayName("lazy under PEERS: 1 + 2 statements for every team; under ONE, 2 per team")
    void lazyThroughACompositeJoin() {
        seed(5, 10);
        List<Team> peers = db.query(Team.class).orderBy("id").all();
        assertThat(queries.during(() -> peers.forEach(t -> assertThat(names(t.players())).isEqualTo(rosterOf.get(t.id)))))
                .isEqualTo(2);
        List<Team> ones = db.query(Team.class).loadMode(LoadMode.ONE).orderBy("id").all();
        long linked = rosterOf.values().stream().filter(s -> !s.isEmpty()).count();
        int statements = queries.during(() -> ones.forEach(t -> assertThat(names(t.players()))
                .isEqualTo(rosterOf.get(t.id))));
        assertThat(statements).isEqualTo((int) (linked * 2 + (ones.size() - linked)));
    }

    @Test
    @DisplayName("add and remove write and delete one join row by both keys; the same pair twice is a unique violation")
    void addAndRemove() {
        seed(3, 6);
        Team team = teams.get(0);
        Player outsider = players.stream().filter(p -> !rosterOf.get(team.id).contains(p.name)).findFirst()
                .orElseGet(() -> new Player("outsider").save());
        Team.PLAYERS.add(team, outsider);
        rosterOf.get(team.id).add(outsider.name);
        assertThat(names(observer().find(Team.class, team.id).orElseThrow().players())).isEqualTo(rosterOf.get(team.id));
        assertThatThrownBy(() -> new Roster(team, outsider, 1).save()).isInstanceOf(ConstraintViolationException.class);
        Team.PLAYERS.remove(team, outsider);
        rosterOf.get(team.id).remove(outsider.name);
        for (Team t : teams) {
            assertThat(names(observer().find(Team.class, t.id).orElseThrow().players())).as(t.name)
                    .isEqualTo(rosterOf.get(t.id));
        }
        assertThat(observer().find(Player.class, outsider.id)).as("the target stays").isPresent();
    }

    @Test
    @DisplayName("the join rows are found by their composite key and through BelongsTo to each side")
    void joinRowsByKey() {
        seed(3, 6);
        Team team = teams.get(1);
        for (Roster r : db.query(Roster.class).where(Where.eq("teamId", team.id)).with("player", "team").all()) {
            Roster again = db.find(Roster.class, Key.of(r.teamId, r.playerId)).orElseThrow();
            assertThat(again.shirt).isEqualTo(r.shirt);
            assertThat(Roster.TEAM.get(r).name).isEqualTo(team.name);
            assertThat(rosterOf.get(team.id)).contains(Roster.PLAYER.get(r).name);
        }
        assertThat(db.schema().validate(Team.class, Player.class, Roster.class).problems()).isEmpty();
    }
}
