package dev.pushcheck.spark;

import org.apache.spark.Partitioner;

/**
 * Sources in contiguous ranges, in input order: partition i holds sources before partition i+1's.
 */
final class SourceRanges extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int partitions;
  private final int sources;

  SourceRanges(int partitions, int sources) {
    this.partitions = Math.max(1, partitions);
    this.sources = Math.max(1, sources);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (int) ((long) ((Step.Key) key).sourceIndex() * partitions / sources);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceRanges s && s.partitions == partitions && s.sources == sources;
  }

  @Override
  public int hashCode() {
    return 31 * partitions + sources;
  }
}
