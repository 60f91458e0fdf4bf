package dev.pushcheck.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The items a producer pushes, pulled one by one: the producer runs on its own thread and hands
 * items over in batches, waiting while {@code batches} of them are not taken, so that a task holds
 * a bounded number of items whatever the size of its input (core's readers push; Spark's tasks
 * pull).
 */
final class Produced<T> implements Iterator<T>, AutoCloseable {
  /** Items handed over at once: one wake-up of the consumer per batch, not per item. */
  static final int BATCH = 256;

  private static final List<Object> END = List.of();

  private final BlockingQueue<List<Object>> queue;
  private final Thread thread;
  private volatile Throwable failure;
  private List<Object> batch = new ArrayList<>(0);
  private int next;
  private boolean ended;

  Produced(String name, int batches, Consumer<Consumer<T>> producer) {
    this.queue = new ArrayBlockingQueue<>(batches);
    this.thread = new Thread(() -> produce(producer), name);
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(Consumer<Consumer<T>> producer) {
    List<List<Object>> filling = new ArrayList<>(1);
    filling.add(new ArrayList<>(BATCH));
    try {
      producer.accept(
          item -> {
            List<Object> current = filling.get(0);
            current.add(item);
            if (current.size() == BATCH) {
              put(current);
              filling.set(0, new ArrayList<>(BATCH));
            }
          });
      if (!filling.get(0).isEmpty()) {
        put(filling.get(0));
      }
    } catch (Cancelled e) {
      return;
    } catch (Throwable t) {
      failure = t;
    }
    try {
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(List<Object> items) {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /** Thrown on the producer's thread when the consumer went away. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  @Override
  public boolean hasNext() {
    while (!ended && next == batch.size()) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted", e);
      }
      next = 0;
      if (batch == END) {
        ended = true;
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
          throw r;
        }
        if (t instanceof Error e) {
          throw e;
        }
        if (t != null) {
          throw new IllegalStateException(t);
        }
      }
    }
    return !ended;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return (T) batch.get(next++);
  }

  /** Batches waiting to be taken by a task, at most: with {@link #BATCH}, they bound its memory. */
  static final int WAITING_BATCHES = 4;

  /**
   * The items of {@code producer}, run on a thread of its own for the current Spark task, which
   * stops it if the task ends early.
   */
  static <T> Produced<T> inTask(String name, Consumer<Consumer<T>> producer) {
    Produced<T> produced = new Produced<>(name, WAITING_BATCHES, producer);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> produced.close());
    }
    return produced;
  }

  /** Stops the producer if it still runs (a task ended early). */
  @Override
  public void close() {
    thread.interrupt();
  }
}
