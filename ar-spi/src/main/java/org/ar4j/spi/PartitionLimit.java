package org.ar4j.spi;

import org.ar4j.Capability;
/**
 * An exact per-owner limit: the first {@code limit} rows of each partition (rows sharing a value
 * of {@code column}), in the {@link Select}'s order. Only sent to backends declaring
 * {@link Capability#WINDOW_FUNCTIONS}.
 *
 * @param column the partitioning column (the relation's foreign key)
 * @param limit  rows kept per partition
 */
public record PartitionLimit(String column, int limit) {
}
