package io.github.eventline.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes GDELT 2.0 Events exports of any size for the import benchmark: 61 tab-separated columns
 * per row as the codebook lists them, with actors drawn from 300 CAMEO codes (each under two
 * names), places from 5,000 features, days from one year, and a unique GLOBALEVENTID per row. The
 * same size and seed give the same bytes.
 */
public final class GdeltFiles {

  private static final String[] COUNTRIES = {"USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "IRN", "ISR", "TUR"};
  private static final String[] TYPES = {"", "GOV", "MIL", "COP", "REB", "MED", "BUS", "CVL", "OPP", "LEG"};
  private static final String[] FIPS = {"US", "RS", "UP", "CH", "FR", "GM", "UK", "IR", "IS", "TU"};
  private static final String[] ROOT_CODES = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
      "12", "13", "14", "15", "16", "17", "18", "19", "20"};

  private GdeltFiles() {}

  /**
   * Writes an Events file.
   *
   * @param file  the file, replaced if it exists
   * @param rows  the number of rows
   * @param seed  the seed of the values
   * @throws IOException if the file cannot be written
   */
  public static void writeEvents(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2024, 1, 1);
    StringBuilder line = new StringBuilder(1024);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        LocalDate day = first.plusDays(random.nextInt(366));
        String date = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(),
            day.getDayOfMonth());
        cell(line, Long.toString(1_100_000_000L + i));
        cell(line, date);
        cell(line, date.substring(0, 6));
        cell(line, date.substring(0, 4));
        cell(line, String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 366.0));
        actor(line, random, true);
        actor(line, random, random.nextInt(4) > 0);
        int root = random.nextInt(20);
        String code = ROOT_CODES[root] + random.nextInt(10);
        cell(line, random.nextInt(3) == 0 ? "0" : "1");
        cell(line, code);
        cell(line, code);
        cell(line, ROOT_CODES[root]);
        cell(line, Integer.toString(1 + root / 5));
        cell(line, String.format(Locale.ROOT, "%.1f", -10 + random.nextInt(201) / 10.0));
        int mentions = 1 + random.nextInt(40);
        cell(line, Integer.toString(mentions));
        cell(line, Integer.toString(1 + random.nextInt(mentions)));
        cell(line, Integer.toString(mentions));
        cell(line, String.format(Locale.ROOT, "%.10f", -10 + random.nextDouble() * 15));
        geo(line, random);
        geo(line, random);
        geo(line, random);
        cell(line, date + String.format(Locale.ROOT, "%02d%02d00", random.nextInt(24), 15 * random.nextInt(4)));
        line.append("https://news.example.org/").append(date).append("/story-").append(i).append('\n');
        out.append(line);
      }
    }
  }

  private static void cell(StringBuilder line, String text) {
    line.append(text).append('\t');
  }

  private static void actor(StringBuilder line, SplittableRandom random, boolean present) {
    if (!present) {
      line.append("\t".repeat(10));
      return;
    }
    int n = random.nextInt(300);
    String country = COUNTRIES[n % COUNTRIES.length];
    String type = TYPES[(n / COUNTRIES.length) % TYPES.length];
    String code = country + type + (n >= 100 ? (char) ('A' + n / 100) : "");
    cell(line, code);
    cell(line, (random.nextBoolean() ? "NAME " : "OTHER NAME ") + n);
    cell(line, country);
    line.append("\t\t\t\t");
    cell(line, type);
    line.append("\t\t");
  }

  private static void geo(StringBuilder line, SplittableRandom random) {
    int feature = random.nextInt(5000);
    int country = feature % FIPS.length;
    cell(line, "4");
    cell(line, "Town " + feature + ", Region " + (feature % 50) + ", Country " + country);
    cell(line, FIPS[country]);
    cell(line, FIPS[country] + String.format(Locale.ROOT, "%02d", feature % 50));
    cell(line, "");
    cell(line, String.format(Locale.ROOT, "%.4f", -60 + (feature * 7919 % 12000) / 100.0));
    cell(line, String.format(Locale.ROOT, "%.4f", -170 + (feature * 104729 % 34000) / 100.0));
    cell(line, Integer.toString(-1_000_000 - feature));
  }
}
