package org.ar4j;

/**
 * Makes the id of a new record whose id field is null on insert: {@code @Id(generator = Tsid.class)}. One instance per
 * model, called from any thread: implementations are thread-safe, with a no-argument constructor (it may be private).
 * The value must be of the id field's type (a UUID, a String, a Long...) and unique; ar4j sets it on the record before
 * the insert and clears it again when the insert fails.
 */
public interface IdGenerator {

    /** The next id; never null. */
    Object next();
}
