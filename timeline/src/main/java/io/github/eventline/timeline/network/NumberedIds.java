package io.github.eventline.timeline.network;

import io.github.eventline.core.EventId;
import io.github.eventline.timeline.index.IdSort;
import io.github.eventline.timeline.index.StoryIndex;

/**
 * The ids of the events in the network's numbering ({@link StoryNetwork#ids}), and their order by
 * id ({@link IdSort#idOrder}). Not public, by design.
 *
 * @param ids  the id of each event
 * @param byId  the events in id order, or null if not sorted yet
 */
record NumberedIds(EventId[] ids, int[] byId) {

  /**
   * Returns the ids of the events in a numbering, and if {@code sort} their order by id: sorted in
   * the story's order, as the story index read them, then renumbered.
   */
  static NumberedIds of(StoryIndex.Numbering numbering, boolean sort) {
    EventId[] inStory = numbering.ids;
    int n = inStory.length;
    int[] original = numbering.original;
    EventId[] ids = new EventId[n];
    for (int k = 0; k < n; k++) {
      ids[k] = inStory[original[k]];
    }
    if (!sort) {
      return new NumberedIds(ids, null);
    }
    int[] byId = IdSort.idOrder(inStory);
    int[] position = numbering.position;
    for (int k = 0; k < n; k++) {
      byId[k] = position[byId[k]];
    }
    return new NumberedIds(ids, byId);
  }
}
