package io.github.eventline.spark.archfixture.spark;

/** Breaks the print-and-exit rule. */
final class PrintsAndExits {

  private PrintsAndExits() {}

  static void fail() {
    System.out.println("failed");
    System.exit(1);
  }
}
