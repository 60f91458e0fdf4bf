package dev.pushcheck.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The items a producer pushes, pulled one by one: the producer runs on its own thread and waits
 * while {@code capacity} items are not taken, so a task holds a bounded number of them whatever the
 * size of its input (core's readers push; Spark's tasks pull).
 */
final class Produced<T> implements Iterator<T>, AutoCloseable {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private volatile Throwable failure;
  private Object next;

  Produced(String name, int capacity, Consumer<Consumer<T>> producer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread =
        new Thread(
            () -> {
              try {
                producer.accept(
                    item -> {
                      try {
                        queue.put(item);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Cancelled();
                      }
                    });
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
            },
            name);
    thread.setDaemon(true);
    thread.start();
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
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (next == END) {
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
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }

  /** Stops the producer if it still runs (a task ended early). */
  @Override
  public void close() {
    thread.interrupt();
  }
}
