package io.github.eventline.timeline.reconcile;

import static io.github.eventline.timeline.reconcile.Stories.E1;
import static io.github.eventline.timeline.reconcile.Stories.day;
import static io.github.eventline.timeline.reconcile.Stories.figure;
import static io.github.eventline.timeline.reconcile.Stories.quantityKey;
import static io.github.eventline.timeline.reconcile.Stories.says;
import static io.github.eventline.timeline.reconcile.Stories.story;
import static io.github.eventline.timeline.reconcile.Stories.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Claim;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.Weighed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rule 8: every weight printed multiplies out as printed, and every stance says why. */
class WeightTest {

  private static final Pattern PRODUCT = Pattern.compile("weight ([0-9.]+) = (.*?)(;|$)");
  private static final Pattern FACTOR = Pattern.compile("([0-9.]+)(\\^([0-9]+))?$");

  /** Multiplies the factors a reason prints and checks the product against the weight it prints. */
  private static void assertMultipliesOut(String reason) {
    Matcher m = PRODUCT.matcher(reason);
    assertThat(m.find()).as(reason).isTrue();
    double product = 1;
    for (String factor : m.group(2).split(" x ")) {
      Matcher f = FACTOR.matcher(factor.trim());
      assertThat(f.find()).as(factor).isTrue();
      double x = Double.parseDouble(f.group(1));
      product *= f.group(3) == null ? x : Math.pow(x, Integer.parseInt(f.group(3)));
    }
    String printed = m.group(1);
    assertThat(BigDecimal.valueOf(product).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString())
        .as(reason).isEqualTo(printed);
  }

  @Test
  void product_printsEachRelayFactor_andMultipliesOut() {
    String twoRelays = Weight.product("CERTAIN", 0.7, 1.0, 2, 0.9, 1.0);
    String threeRelaysUncommitted = Weight.product("UNDERSPECIFIED", 0.8, 0.25, 3, 0.9, 0.5);

    assertThat(twoRelays).isEqualTo("weight 0.567 = reliability 0.7 x certain 1 x 2 relays 0.9^2");
    assertThat(threeRelaysUncommitted)
        .isEqualTo("weight 0.073 = reliability 0.8 x underspecified 0.25 x 3 relays 0.9^3 x uncommitted 0.5");
    assertMultipliesOut(twoRelays);
    assertMultipliesOut(threeRelaysUncommitted);
    assertThat(Weight.product("PROBABLE", 0.5, 0.75, 1, 0.9, 1.0))
        .isEqualTo("weight 0.338 = reliability 0.5 x probable 0.75 x 1 relay 0.9");
  }

  @Test
  void number_printsWhatBigDecimalRoundsHalfEvenToThreeDecimals() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.5, 0.0005, 0.0015, 0.0025, 0.9995, 0.1235, 0.1245,
        0.3375, 0.0004999, 1e-9, 0.999999, 0.010, 0.1, 0.729, 0.405, 1.0005, -0.25, 2.5, 12_345.6785, 0.7 * 0.9 * 0.9,
        0.5 * 0.75 * 0.9, Math.nextDown(1.0), Double.MIN_VALUE));
    Random random = new Random(20);
    for (int i = 0; i < 100_000; i++) {
      values.add(random.nextDouble());
      values.add(random.nextInt(2001) / 2000.0);
      values.add(random.nextInt(11) / 10.0 * (random.nextInt(4) + 1) / 4.0 * Math.pow(0.9, random.nextInt(4)));
    }

    for (double v : values) {
      assertThat(Weight.number(v)).as("%s", v)
          .isEqualTo(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
    }
  }

  @Test
  void number_ofNotANumber_isRefusedAsBigDecimalRefusesIt() {
    assertThatThrownBy(() -> Weight.number(Double.NaN)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void of_isTheProductOfTheFactors() {
    assertThat(Weight.of(0.7, 1.0, 2, 0.9, 1.0)).isEqualTo(0.7 * 1.0 * Math.pow(0.9, 2));
    assertThat(Weight.of(0.8, 0.25, 0, 0.9, 0.5)).isEqualTo(0.8 * 0.25 * 0.5);
  }

  @Test
  void everyReasonOfAStory_multipliesOutAndSaysWhy() {
    Story s = story(0.5, 0.9, 0.7)
        .assertion(
            says("early", "s1", figure(E1, 1_000, 1_000)).stated(day("2010-04-28")).via("outlet1", "outlet2").build(),
            says("final", "s2", figure(E1, 5_000, 5_000)).stated(day("2010-08-02")).via("outlet1").build(),
            says("relayed-again", "s2", figure(E1, 5_000, 5_000)).stated(day("2010-08-02")).via("outlet2", "outlet1").build(),
            says("rival", "s3", figure(E1, 7_000, 7_000)).factuality(Factuality.POSSIBLE).stated(day("2010-09-01")).build(),
            says("denial", "s3", new Claim.Occurred(E1)).factuality(Factuality.DENIED).build(),
            says("retracted", "s1", new Claim.Occurred(E1)).build(),
            says("retraction", "s1", new Claim.Occurred(E1)).factuality(Factuality.DENIED).supersedes("retracted").build())
        .build();
    Reconciliation r = Reconciliation.of(s);
    Verdict deaths = verdict(s, quantityKey(E1));

    for (Verdict v : r.verdicts()) {
      for (Weighed w : v.explanation()) {
        assertMultipliesOut(w.reason());
      }
    }
    assertThat(deaths.explanation()).extracting(Weighed::reason).containsExactly(
        "outdated: outdated by final: later statements of a rival value weigh more;"
            + " weight 0.405 = reliability 0.5 x certain 1 x 2 relays 0.9^2; outdated by final, not counted",
        "supports: states the value held; weight 0.81 = reliability 0.9 x certain 1 x 1 relay 0.9",
        "supports: states the value held; weight 0.729 = reliability 0.9 x certain 1"
            + " x 2 relays 0.9^2; same claimant s2 as final, counted once",
        "opposes: states an incompatible value; weight 0.35 = reliability 0.7 x possible 0.5");
    assertThat(r.occurrence(E1).explanation()).extracting(Weighed::reason).anySatisfy(
        reason -> assertThat(reason).startsWith("superseded: replaced or retracted by a later statement of its source or its organisation;"));
  }
}
