package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Actor;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Participant;
import io.github.eventline.core.Place;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.TimeBounds;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads the seed story's tables back with Jackson's CSV reader and compares every value with the model. */
class CsvReadBackTest {

  private final Story story = KurskStory.build();

  @Test
  void events_readBackEqualToTheModel() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeEvents(story, out, CsvOptions.defaults()));
    assertThat(rows).hasSameSizeAs(story.events());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Event event = story.events().get(i);
      assertThat(text(row, "id")).isEqualTo(event.id().value());
      assertThat(text(row, "type")).isEqualTo(event.type().value());
      assertThat(text(row, "summary")).isEqualTo(event.summary());
      assertTime(row, "when", event.when());
      assertThat(text(row, "place")).isEqualTo(event.place().map(Object::toString).orElse(""));
      List<Map.Entry<String, String>> participants = new ArrayList<>();
      for (Participant p : event.participants()) {
        participants.add(Map.entry(p.actor().value(), p.role().value()));
      }
      assertThat(CsvCells.splitPairs(text(row, "participants"), ':')).isEqualTo(participants);
      assertThat(text(row, "part_of")).isEqualTo(event.partOf().map(Object::toString).orElse(""));
    }
  }

  @Test
  void actors_readBackEqualToTheModel() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeActors(story, out, CsvOptions.defaults()));
    assertThat(rows).hasSameSizeAs(story.actors());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Actor actor = story.actors().get(i);
      assertThat(text(row, "id")).isEqualTo(actor.id().value());
      assertThat(text(row, "name")).isEqualTo(actor.name());
      assertThat(text(row, "kind")).isEqualTo(actor.kind().value());
      assertThat(CsvCells.split(text(row, "aliases"))).isEqualTo(actor.aliases());
      assertThat(CsvCells.splitPairs(text(row, "external_ids"), '='))
          .containsExactlyElementsOf(actor.externalIds().entrySet());
      assertThat(CsvCells.split(text(row, "member_of")))
          .isEqualTo(actor.memberOf().stream().map(Object::toString).toList());
    }
  }

  @Test
  void places_readBackEqualToTheModel() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writePlaces(story, out, CsvOptions.defaults()));
    assertThat(rows).hasSameSizeAs(story.places());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Place place = story.places().get(i);
      assertThat(text(row, "name")).isEqualTo(place.name());
      assertThat(CsvCells.split(text(row, "aliases"))).isEqualTo(place.aliases());
      assertThat(text(row, "country")).isEqualTo(place.country().orElse(""));
      assertThat(number(row, "lat")).isEqualTo(place.coordinates().map(c -> c.latitude()));
      assertThat(number(row, "lon")).isEqualTo(place.coordinates().map(c -> c.longitude()));
      assertThat(text(row, "within")).isEqualTo(place.within().map(Object::toString).orElse(""));
    }
  }

  @Test
  void sources_readBackEqualToTheModel() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeSources(story, out, CsvOptions.defaults()));
    assertThat(rows).hasSameSizeAs(story.sources());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Source source = story.sources().get(i);
      assertThat(text(row, "id")).isEqualTo(source.id().value());
      assertThat(text(row, "name")).isEqualTo(source.name());
      assertThat(text(row, "kind")).isEqualTo(source.kind().value());
      assertThat(text(row, "actor")).isEqualTo(source.actor().map(Object::toString).orElse(""));
      assertTime(row, "published", source.published());
      assertThat(number(row, "reliability"))
          .isEqualTo(source.reliability().isPresent() ? Optional.of(source.reliability().getAsDouble()) : Optional.empty());
    }
  }

  @Test
  void assertions_readBackEqualToTheModel() throws IOException {
    List<Map<String, String>> rows = CsvRead.rows(out -> CsvTables.writeAssertions(story, out, CsvOptions.defaults()));
    assertThat(rows).hasSameSizeAs(story.assertions());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Assertion assertion = story.assertions().get(i);
      assertThat(text(row, "id")).isEqualTo(assertion.id().value());
      assertThat(text(row, "source")).isEqualTo(assertion.source().value());
      assertThat(CsvCells.split(text(row, "via"))).isEqualTo(assertion.via().stream().map(Object::toString).toList());
      assertThat(text(row, "claim_type")).isEqualTo(assertion.claim().type().label());
      assertThat(text(row, "event")).isEqualTo(assertion.claim().event().value());
      assertThat(text(row, "factuality")).isEqualTo(assertion.factuality().toString());
      assertThat(text(row, "quote")).isEqualTo(assertion.quote().orElseThrow().text());
      assertThat(text(row, "quote_lang")).isEqualTo(assertion.quote().orElseThrow().language());
      assertThat(text(row, "note")).isEqualTo(assertion.note().orElse(""));
      assertTime(row, "stated", story.statedTime(assertion));
      Optional<TimeBounds> when =
          assertion.claim() instanceof Claim.Timing t ? Optional.of(t.when()) : Optional.empty();
      assertTime(row, "when", when);
    }
  }

  @Test
  void assertions_quantityReadsBackAsNumbers() throws IOException {
    Map<String, String> a15 =
        CsvRead.rows(out -> CsvTables.writeAssertions(story, out, CsvOptions.defaults())).get(14);
    Claim.Quantity quantity = (Claim.Quantity) story.assertions().get(14).claim();
    assertThat(a15).containsEntry("id", "a15").containsEntry("measure", "soldiers").containsEntry("unit", "person")
        .containsEntry("approximate", "true");
    assertThat(Double.parseDouble(a15.get("low"))).isEqualTo(quantity.low());
    assertThat(Double.parseDouble(a15.get("high"))).isEqualTo(quantity.high());
  }

  @Test
  void assertions_accentsAndTypographicApostrophesSurviveUtf8() throws IOException {
    Map<String, String> a12 =
        CsvRead.rows(out -> CsvTables.writeAssertions(story, out, CsvOptions.excel())).get(11);
    assertThat(a12.get("quote"))
        .isEqualTo("Après une offensive de l’armée ukrainienne début août pour reprendre le contrôle de zones dans"
            + " la région de Koursk, Vladimir Poutine aurait sollicité l’aide de Kim Jong-un.");
  }

  private static String text(Map<String, String> row, String column) {
    assertThat(row).containsKey(column);
    return CsvCells.unguard(row.get(column));
  }

  private static Optional<Double> number(Map<String, String> row, String column) {
    String cell = row.get(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(cell));
  }

  private static void assertTime(Map<String, String> row, String prefix, Optional<TimeBounds> bounds) {
    assertThat(text(row, prefix + "_label")).as(prefix).isEqualTo(bounds.map(TimeBounds::label).orElse(""));
    assertThat(instant(row, prefix + "_earliest_start")).isEqualTo(bounds.map(TimeBounds::earliestStart).orElse(Instant.MIN));
    assertThat(instant(row, prefix + "_latest_start")).isEqualTo(bounds.map(TimeBounds::latestStart).orElse(Instant.MAX));
    assertThat(instant(row, prefix + "_earliest_end")).isEqualTo(bounds.map(TimeBounds::earliestEnd).orElse(Instant.MIN));
    assertThat(instant(row, prefix + "_latest_end")).isEqualTo(bounds.map(TimeBounds::latestEnd).orElse(Instant.MAX));
  }

  /** An empty cell is unbounded: MIN for an earliest bound, MAX for a latest one. */
  private static Instant instant(Map<String, String> row, String column) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return column.contains("_earliest_") ? Instant.MIN : Instant.MAX;
    }
    return Instant.parse(cell);
  }
}
