package io.github.eventline.timeline;

import io.github.eventline.core.Event;
import io.github.eventline.timeline.network.SolvedNetwork;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The events in timeline order, read from the network's: an unmodifiable view, not a copy. A
 * list of a million references would cost G1's write barrier a fence per event stored, each
 * waiting for the load, at random in memory, of the event stored.
 */
final class OrderedEvents extends AbstractList<Event> implements RandomAccess {
  private final SolvedNetwork net;
  private final int[] order;

  OrderedEvents(SolvedNetwork net, int[] order) {
    this.net = net;
    this.order = order;
  }

  @Override
  public Event get(int index) {
    return net.event(order[Objects.checkIndex(index, order.length)]);
  }

  @Override
  public int size() {
    return order.length;
  }
}
