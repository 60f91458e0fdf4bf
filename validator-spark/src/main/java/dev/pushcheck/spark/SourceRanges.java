package dev.pushcheck.spark;

import org.apache.spark.Partitioner;

/**
 * Sources in contiguous ranges, in input order: partition i holds sources before partition i+1's.
 */
final class SourceRanges extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int partitions;
  private final int[] sources;

  /**
   * @param sources the indexes of the sources to place, ascending
   */
  SourceRanges(int partitions, int[] sources) {
    this.partitions = Math.max(1, partitions);
    this.sources = sources.clone();
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    int rank = java.util.Arrays.binarySearch(sources, ((Step.Key) key).sourceIndex());
    return (int) ((long) Math.max(0, rank) * partitions / Math.max(1, sources.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceRanges s
        && s.partitions == partitions
        && java.util.Arrays.equals(s.sources, sources);
  }

  @Override
  public int hashCode() {
    return 31 * partitions + java.util.Arrays.hashCode(sources);
  }
}
