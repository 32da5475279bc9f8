/** A user's application of Eventline: the README's tour, as a named module. */
module org.example.tour {
  requires io.github.eventline.export; // and, transitively, .timeline and .core
}
