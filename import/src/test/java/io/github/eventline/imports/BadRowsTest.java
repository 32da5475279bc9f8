package io.github.eventline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadRowsTest {
  private final ImportProblem problem =
      new ImportProblem(Path.of("20240105.export.CSV"), 17, "SQLDATE", "\"2024-01-05\" is not a date of the form YYYYMMDD");

  @Test
  void stop_throwsTheProblemNamingFileLineAndColumn() {
    assertThatThrownBy(() -> BadRows.stop().handle(problem))
        .isInstanceOf(ImportException.class)
        .hasMessage("20240105.export.CSV:17: column SQLDATE: \"2024-01-05\" is not a date of the form YYYYMMDD")
        .satisfies(e -> assertThat(((ImportException) e).problem()).isEqualTo(problem));
  }

  @Test
  void skip_reportsEveryProblemInOrderAndGoesOn() throws ImportException {
    List<ImportProblem> seen = new ArrayList<>();
    BadRows skip = BadRows.skip(seen::add);
    ImportProblem whole = new ImportProblem(Path.of("acled.csv"), 3, "", "31 columns where 31 are expected, got 12");
    skip.handle(problem);
    skip.handle(whole);
    assertThat(seen).containsExactly(problem, whole);
    assertThat(skip.stops()).isFalse();
    assertThat(BadRows.stop().stops()).isTrue();
    assertThat(whole).hasToString("acled.csv:3: 31 columns where 31 are expected, got 12");
  }

  @Test
  void aLineBeforeTheFirstIsRefused() {
    assertThatThrownBy(() -> new ImportProblem(Path.of("a.tml"), 0, "", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be at least 1: 0");
  }
}
