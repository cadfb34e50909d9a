package org.ar4j.tck.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ar4j.ActiveRecord;
import org.ar4j.query.Predicate;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random predicate trees, evaluated by the backend and by a plain in-memory evaluation with SQL's
 * three-valued logic over the same rows, must select the same records. Seeded: a failure names
 * the seed and the predicate, so it can be replayed.
 */
@Tag("reliability")
class RandomPredicatesTest extends TckScenario {
    private static final long SEED = 20261122L;
    private static final int ROWS = 120;
    private static final int PROBES = 300;
    private static final String[] FIELDS = {"name", "n", "score", "flag", "day"};

    /** Three-valued logic: TRUE, FALSE, or UNKNOWN (null). */
    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    @Test
    @DisplayName("random predicate trees select the same rows as an in-memory evaluation (seeded)")
    void backendAgreesWithInMemoryEvaluation() {
        Random rnd = new Random(SEED);
        List<Sample> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Sample s = new Sample();
            s.name = rnd.nextInt(6) == 0 ? null : randomString(rnd);
            s.n = rnd.nextInt(6) == 0 ? null : rnd.nextInt(21) - 10;
            s.score = rnd.nextInt(6) == 0 ? null : (rnd.nextInt(41) - 20) / 2.0;
            s.flag = rnd.nextInt(4) == 0 ? null : rnd.nextBoolean();
            s.day = rnd.nextInt(6) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(30));
            rows.add(s);
        }
        db.insertAll(rows);
        int nonEmpty = 0;
        for (int probe = 0; probe < PROBES; probe++) {
            Predicate p = randomPredicate(rnd, 3);
            TreeSet<Long> expected = new TreeSet<>();
            for (Sample s : rows) {
                if (Boolean.TRUE.equals(eval(p, s))) {
                    expected.add(s.id);
                }
            }
            TreeSet<Long> actual = new TreeSet<>(ActiveRecord.query(Sample.class).where(p).pluck("id", Long.class));
            assertThat(actual).as("seed %d, probe %d, predicate %s", SEED, probe, p).isEqualTo(expected);
            if (!expected.isEmpty()) {
                nonEmpty++;
            }
        }
        System.out.println("[ar4j-tck] " + db.backendName() + ": " + PROBES + " random predicates over " + ROWS
                + " rows agreed with the in-memory evaluation (" + nonEmpty + " with matches, seed " + SEED + ")");
        assertThat(nonEmpty).as("probes that matched something").isGreaterThan(PROBES / 4);
    }

    private static String randomString(Random rnd) {
        int len = rnd.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append("abcd".charAt(rnd.nextInt(4)));
        }
        return sb.toString();
    }

    private static Object randomValue(Random rnd, String field) {
        return switch (field) {
            case "name" -> randomString(rnd);
            case "n" -> rnd.nextInt(21) - 10;
            case "score" -> (rnd.nextInt(41) - 20) / 2.0;
            case "flag" -> rnd.nextBoolean();
            default -> LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(30));
        };
    }

    private Predicate randomPredicate(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 0 ? 12 : 9);
        String f = FIELDS[rnd.nextInt(FIELDS.length)];
        switch (kind) {
            case 0: return Where.eq(f, randomValue(rnd, f));
            case 1: return Where.ne(f, randomValue(rnd, f));
            case 2: {
                Object v = randomValue(rnd, f);
                if (v instanceof Boolean) {
                    return Where.eq(f, v);
                }
                return switch (rnd.nextInt(4)) {
                    case 0 -> Where.lt(f, v);
                    case 1 -> Where.le(f, v);
                    case 2 -> Where.gt(f, v);
                    default -> Where.ge(f, v);
                };
            }
            case 3: {
                List<Object> vals = new ArrayList<>();
                int k = rnd.nextInt(4);
                for (int i = 0; i < k; i++) {
                    vals.add(randomValue(rnd, f));
                }
                return rnd.nextBoolean() ? Where.in(f, vals) : Where.notIn(f, vals);
            }
            case 4: return rnd.nextBoolean() ? Where.isNull(f) : Where.isNotNull(f);
            case 5: {
                StringBuilder pat = new StringBuilder();
                int len = rnd.nextInt(4);
                for (int i = 0; i < len; i++) {
                    pat.append("ab%_".charAt(rnd.nextInt(4)));
                }
                return Where.like("name", pat.toString());
            }
            case 6: {
                if (f.equals("flag")) {
                    return Where.isNull(f);
                }
                Object a = randomValue(rnd, f);
                Object b = randomValue(rnd, f);
                return Where.between(f, a, b);
            }
            case 7: return Where.eq("n", rnd.nextInt(21) - 10);
            case 8: return Where.isNotNull(f);
            case 9: return Where.and(randomPredicate(rnd, depth - 1), randomPredicate(rnd, depth - 1));
            case 10: return Where.or(randomPredicate(rnd, depth - 1), randomPredicate(rnd, depth - 1));
            default: return Where.not(randomPredicate(rnd, depth - 1));
        }
    }

    private static Object field(Sample s, String f) {
        return switch (f) {
            case "name" -> s.name;
            case "n" -> s.n;
            case "score" -> s.score;
            case "flag" -> s.flag;
            default -> s.day;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int cmp(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Three-valued (SQL) truth of {@code p} on {@code s}: null for unknown. */
    static Boolean eval(Predicate p, Sample s) {
        if (p instanceof Predicate.And a) {
            Boolean r = true;
            for (Predicate x : a.parts()) {
                r = and(r, eval(x, s));
            }
            return r;
        }
        if (p instanceof Predicate.Or o) {
            Boolean r = false;
            for (Predicate x : o.parts()) {
                r = or(r, eval(x, s));
            }
            return r;
        }
        if (p instanceof Predicate.Not n) {
            Boolean r = eval(n.part(), s);
            return r == null ? null : !r;
        }
        return leaf(p, s);
    }

    private static Boolean leaf(Predicate p, Sample s) {
        if (p instanceof Predicate.Compare c) {
            Object v = field(s, c.field());
            if (v == null) {
                return null;
            }
            int r = cmp(v, c.value());
            return switch (c.operator()) {
                case EQ -> r == 0;
                case NE -> r != 0;
                case LT -> r < 0;
                case LE -> r <= 0;
                case GT -> r > 0;
                case GE -> r >= 0;
            };
        }
        if (p instanceof Predicate.In in) {
            Object v = field(s, in.field());
            if (in.values().isEmpty()) {
                return in.negated();
            }
            if (v == null) {
                return null;
            }
            boolean found = in.values().stream().anyMatch(x -> cmp(v, x) == 0);
            return in.negated() != found;
        }
        if (p instanceof Predicate.IsNull n) {
            return (field(s, n.field()) == null) != n.negated();
        }
        if (p instanceof Predicate.Like l) {
            Object v = field(s, l.field());
            if (v == null) {
                return null;
            }
            StringBuilder re = new StringBuilder();
            for (char ch : l.pattern().toCharArray()) {
                re.append(ch == '%' ? ".*" : ch == '_' ? "." : Pattern.quote(String.valueOf(ch)));
            }
            return Pattern.compile(re.toString(), Pattern.DOTALL).matcher((String) v).matches();
        }
        if (p instanceof Predicate.Between b) {
            Object v = field(s, b.field());
            if (v == null) {
                return null;
            }
            return cmp(v, b.low()) >= 0 && cmp(v, b.high()) <= 0;
        }
        throw new IllegalArgumentException(Objects.toString(p));
    }
}
