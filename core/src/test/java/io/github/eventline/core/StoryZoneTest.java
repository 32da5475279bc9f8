package io.github.eventline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The story's display zone: an IANA zone, kept, compared, copied; offsets and unknown ids refused. */
class StoryZoneTest {

  @Test
  void zone_isKeptByIanaId_andTakesPartInEquality() {
    Story chicago = Story.builder().title("Deepwater Horizon").zone("America/Chicago").build();

    assertThat(chicago.zone()).contains(ZoneId.of("America/Chicago"));
    assertThat(chicago.toBuilder().build()).isEqualTo(chicago);
    assertThat(Story.builder().title("Deepwater Horizon").build()).isNotEqualTo(chicago);
    assertThat(Story.builder().title("Deepwater Horizon").build().zone()).isEmpty();
  }

  @Test
  void zone_refusesAnUnknownId() {
    assertThatThrownBy(() -> Story.builder().zone("Europe/Koursk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid story zone \"Europe/Koursk\": expected an IANA time zone id such as"
            + " \"America/Chicago\" or \"UTC\"");
  }

  @Test
  void zone_refusesAFixedOffset() {
    assertThatThrownBy(() -> Story.builder().zone(ZoneOffset.ofHours(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid story zone \"-05:00\": expected an IANA time zone id such as"
            + " \"America/Chicago\" or \"UTC\", not an offset");
  }
}
