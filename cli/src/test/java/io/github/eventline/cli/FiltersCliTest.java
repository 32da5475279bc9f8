package io.github.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --actor}, {@code --source} and {@code --event} choose the events shown, on the seed story. */
class FiltersCliTest {

  private static final Path SEED = Path.of("../examples/kursk-2024.json");

  private static List<String> ids(String out) {
    return out.lines()
        .filter(l -> l.matches("^\\S.*  (UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED|no source)  .*")
            || l.matches("^  (UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED|no source) .*"))
        .map(l -> l.replaceAll("^.*?(UNCONTESTED|CORROBORATED|UNVERIFIED|CONTESTED|REFUTED|SUPERSEDED|no source)\\s+(\\S+).*$", "$2"))
        .toList();
  }

  @Test
  void actor_keepsTheEventsItTakesPartIn_throughItsMembers_inTimelineOrder() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--actor", "north-korea");

    assertThat(run.out()).contains("6 events (filtered: actor north-korea), everything the story states");
    // North Korean troops are North Korea's: their events are kept.
    // The assaults, dated by the address that reports them, come before the presence as of 15 December.
    assertThat(ids(run.out())).containsExactly("nk-troops-reinforce-russia", "putin-asks-kim", "nk-troops-in-assaults",
        "nk-troops-in-kursk", "nk-losses", "russia-supplies-north-korea");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void sourceAndEvent_together_keepWhatPassesBoth() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--source", "article", "--event", "kursk-offensive");

    assertThat(run.out()).contains("1 event (filtered: source article, event kursk-offensive and its parts)");
    assertThat(ids(run.out())).containsExactly("kursk-offensive");
  }

  @Test
  void conflicts_areFilteredToo_andTheExitCodeFollowsWhatIsShown() {
    // The two estimates of the release are disputed; the explosion of unit 1 is not.
    String story = "../examples/fukushima-ines-2011.json";
    CliRun all = CliRun.of("conflicts", story);
    CliRun explosion = CliRun.of("conflicts", story, "--event", "unit-1-explosion");

    assertThat(all.out()).contains("quantity(accident, release, iodine-131 equivalent): CONTESTED");
    assertThat(all.exitCode()).isEqualTo(3);
    assertThat(explosion.out()).contains("Contested or refuted claims: none");
    assertThat(explosion.exitCode()).isZero();
  }

  @Test
  void unknownId_isAUsageError() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--actor", "nk");

    assertThat(run.err()).isEqualTo("--actor nk: the story has no such actor\nRun 'eventline timeline --help' for its usage.\n");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void filters_withAMachineFormat_areAUsageError() {
    CliRun run = CliRun.of("timeline", SEED.toString(), "--format", "json", "--actor", "russia");

    assertThat(run.err()).startsWith("--actor, --source and --event filter the text timeline;");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
