package org.ar4j.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Driver failures recognised by SQLSTATE, vendor error code or a fragment of the message (compared case-insensitively),
 * as data: one kind of failure in {@link SqlErrors}.
 *
 * @param sqlStates   SQLSTATEs
 * @param vendorCodes the driver's vendor error codes ({@link SQLException#getErrorCode()})
 * @param messages    message fragments, lower case
 */
public record ErrorCodes(Set<String> sqlStates, Set<Integer> vendorCodes, List<String> messages) {
    /** Recognises nothing. */
    public static final ErrorCodes NONE = new ErrorCodes(Set.of(), Set.of(), List.of());

    /** Copies the sets and lower-cases the messages. */
    public ErrorCodes {
        sqlStates = Set.copyOf(sqlStates);
        vendorCodes = Set.copyOf(vendorCodes);
        messages = messages.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    /** Failures with one of these SQLSTATEs. */
    public static ErrorCodes states(String... states) {
        return new ErrorCodes(Set.of(states), Set.of(), List.of());
    }

    /** Failures with one of these vendor codes. */
    public static ErrorCodes vendorCodes(int... codes) {
        Set<Integer> set = new HashSet<>();
        for (int c : codes) {
            set.add(c);
        }
        return new ErrorCodes(Set.of(), set, List.of());
    }

    /** Failures whose message contains one of these fragments. */
    public static ErrorCodes messages(String... fragments) {
        return new ErrorCodes(Set.of(), Set.of(), List.of(fragments));
    }

    /** The failures either recognises. */
    public ErrorCodes or(ErrorCodes other) {
        Set<String> states = new HashSet<>(sqlStates);
        states.addAll(other.sqlStates);
        Set<Integer> codes = new HashSet<>(vendorCodes);
        codes.addAll(other.vendorCodes);
        List<String> texts = new ArrayList<>(messages);
        texts.addAll(other.messages);
        return new ErrorCodes(states, codes, texts);
    }

    /** Whether this failure is one of these. */
    public boolean matches(SQLException e) {
        return matches(e, null);
    }

    /**
     * Whether this failure is one of these, its message read as {@code lowerCaseMessage} when given (a constraint
     * violation's text without the statement a driver appends), else as the exception's own, lower-cased.
     */
    boolean matches(SQLException e, String lowerCaseMessage) {
        if (e.getSQLState() != null && sqlStates.contains(e.getSQLState()) || vendorCodes.contains(e.getErrorCode())) {
            return true;
        }
        if (messages.isEmpty()) {
            return false;
        }
        String text = lowerCaseMessage != null ? lowerCaseMessage
                : String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (String m : messages) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
