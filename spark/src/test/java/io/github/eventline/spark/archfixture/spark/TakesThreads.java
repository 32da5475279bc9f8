package io.github.eventline.spark.archfixture.spark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/** Breaks the thread rule every way it knows. */
final class TakesThreads {

  private TakesThreads() {}

  static long all(List<String> values) throws InterruptedException {
    ForkJoinPool.commonPool().execute(() -> { });
    Thread thread = new Thread(() -> { });
    thread.start();
    thread.join();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.shutdown();
    return values.parallelStream().count() + values.stream().parallel().count();
  }
}
