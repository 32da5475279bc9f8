package io.github.eventline.imports;

import static io.github.eventline.imports.Cells.json;

import com.google.common.hash.Hashing;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.Certainty;
import io.github.eventline.core.Claim;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.SourceKind;
import io.github.eventline.core.time.TimeBounds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of a GDELT 2.0 Mentions export ({@code YYYYMMDDHHMMSS.mentions.CSV}): 16 tab-separated
 * columns, no header, in the order of the GDELT 2.0 Event codebook's Mentions table. Each mention
 * is an assertion, by its outlet, that its event occurred. Not public, by design.
 */
final class GdeltMentions {

  /** The columns, in file order, as the codebook names them. */
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
      "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
      "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

  static final int GLOBALEVENTID = 0;
  private static final int EVENT_TIME = 1;
  private static final int MENTION_TIME = 2;
  private static final int MENTION_TYPE = 3;
  private static final int SOURCE_NAME = 4;
  private static final int IDENTIFIER = 5;
  private static final int SENTENCE = 6;
  private static final int ACTOR1_OFFSET = 7;
  private static final int ACTOR2_OFFSET = 8;
  private static final int ACTION_OFFSET = 9;
  private static final int IN_RAW_TEXT = 10;
  private static final int CONFIDENCE = 11;
  private static final int DOC_LEN = 12;
  private static final int DOC_TONE = 13;
  private static final int TRANSLATION = 14;
  private static final int EXTRAS = 15;

  private GdeltMentions() {}

  /**
   * The certainty of a mention's {@code Confidence}, GDELT's percent confidence in its extraction of
   * the event from the article: 80 to 100 certain, 50 to 79 probable, 0 to 49 possible.
   */
  static Certainty certainty(int confidence) {
    return confidence >= 80 ? Certainty.CERTAIN : confidence >= 50 ? Certainty.PROBABLE : Certainty.POSSIBLE;
  }

  /** The id of a mention's assertion, as {@code gdelt-1203848537.m4c1f2a9e.s3.c512}. */
  static String assertionId(String globalEventId, String identifier, String sentence, String actionOffset) {
    return GdeltEvents.eventId(globalEventId) + ".m" + Hashing.murmur3_32_fixed().hashString(identifier,
        StandardCharsets.UTF_8) + ".s" + sentence + ".c" + actionOffset;
  }

  /**
   * Maps one row.
   *
   * @throws BadCell naming the first bad column
   */
  static ImportedRow row(CsvRows r, Path file) throws BadCell {
    String eventId = r.cell(GLOBALEVENTID);
    Cells.whole(COLUMNS.get(GLOBALEVENTID), eventId);
    Cells.basicDateTime(COLUMNS.get(EVENT_TIME), r.cell(EVENT_TIME));
    TimeBounds stated = TimeBounds.at(Cells.basicDateTime(COLUMNS.get(MENTION_TIME), r.cell(MENTION_TIME)));
    int type = Cells.whole(COLUMNS.get(MENTION_TYPE), r.cell(MENTION_TYPE), 1, 6);
    String outlet = Cells.required(COLUMNS.get(SOURCE_NAME), r.cell(SOURCE_NAME));
    String identifier = Cells.required(COLUMNS.get(IDENTIFIER), r.cell(IDENTIFIER));
    long sentence = Cells.whole(COLUMNS.get(SENTENCE), r.cell(SENTENCE));
    long actor1 = Cells.whole(COLUMNS.get(ACTOR1_OFFSET), r.cell(ACTOR1_OFFSET));
    long actor2 = Cells.whole(COLUMNS.get(ACTOR2_OFFSET), r.cell(ACTOR2_OFFSET));
    long action = Cells.whole(COLUMNS.get(ACTION_OFFSET), r.cell(ACTION_OFFSET));
    int raw = Cells.whole(COLUMNS.get(IN_RAW_TEXT), r.cell(IN_RAW_TEXT), 0, 1);
    int confidence = Cells.whole(COLUMNS.get(CONFIDENCE), r.cell(CONFIDENCE), 0, 100);
    long length = Cells.whole(COLUMNS.get(DOC_LEN), r.cell(DOC_LEN));
    double tone = Cells.decimal(COLUMNS.get(DOC_TONE), r.cell(DOC_TONE));

    Source source = Source.builder(Cells.id("gdelt-source-", outlet), outlet)
        .kind(type == 1 ? SourceKind.MEDIA : SourceKind.OTHER)
        .build();
    Assertion.Builder a = Assertion.builder(
            assertionId(eventId, identifier, Long.toString(sentence), Long.toString(action)),
            source.id().value(), new Claim.Occurred(EventId.of(GdeltEvents.eventId(eventId))))
        .stated(stated)
        .factuality(Factuality.of(Polarity.POSITIVE, certainty(confidence)))
        .extension("x-gdelt-EventTimeDate", json(r.cell(EVENT_TIME)))
        .extension("x-gdelt-MentionType", Integer.toString(type))
        .extension("x-gdelt-MentionIdentifier", json(identifier))
        .extension("x-gdelt-SentenceID", Long.toString(sentence))
        .extension("x-gdelt-Actor1CharOffset", Long.toString(actor1))
        .extension("x-gdelt-Actor2CharOffset", Long.toString(actor2))
        .extension("x-gdelt-ActionCharOffset", Long.toString(action))
        .extension("x-gdelt-InRawText", raw == 1 ? "true" : "false")
        .extension("x-gdelt-Confidence", Integer.toString(confidence))
        .extension("x-gdelt-MentionDocLen", Long.toString(length))
        .extension("x-gdelt-MentionDocTone", json(tone));
    if (!r.cell(TRANSLATION).isEmpty()) {
      a.extension("x-gdelt-MentionDocTranslationInfo", json(r.cell(TRANSLATION)));
    }
    if (!r.cell(EXTRAS).isEmpty()) {
      a.extension("x-gdelt-Extras", json(r.cell(EXTRAS)));
    }
    return new ImportedRow(file, r.line(), List.of(), List.of(), List.of(), List.of(source), List.of(a.build()));
  }
}
