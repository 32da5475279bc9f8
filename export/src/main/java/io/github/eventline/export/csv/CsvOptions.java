package io.github.eventline.export.csv;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * How CSV tables are written: formula guard, byte-order mark, row order.
 *
 * <p>Every table is RFC 4180 CSV in UTF-8 with CRLF line ends and a header row, whatever the
 * options. Start from {@link #defaults()} or {@link #excel()} and change one setting at a time:
 *
 * <pre>{@code
 * CsvOptions raw = CsvOptions.defaults().withFormulaGuard(false);
 * CsvOptions forExcel = CsvOptions.excel();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvOptions {

  private static final CsvOptions DEFAULTS = new CsvOptions(true, false, RowOrder.AS_GIVEN);
  private static final CsvOptions EXCEL = new CsvOptions(true, true, RowOrder.AS_GIVEN);

  private final boolean formulaGuard;
  private final boolean byteOrderMark;
  private final RowOrder rowOrder;

  private CsvOptions(boolean formulaGuard, boolean byteOrderMark, RowOrder rowOrder) {
    this.formulaGuard = formulaGuard;
    this.byteOrderMark = byteOrderMark;
    this.rowOrder = rowOrder;
  }

  /**
   * Obtains the default options: formula guard on, no byte-order mark, rows in the order given.
   *
   * @return the default options, not null
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains the options of the {@code excel} profile: the defaults plus the UTF-8 byte-order mark
   * ({@code EF BB BF}) that Excel needs to read the file as UTF-8 rather than in the local code page.
   *
   * @return the excel options, not null
   */
  public static CsvOptions excel() {
    return EXCEL;
  }

  /**
   * Checks if text cells that a spreadsheet would run as a formula are neutralised. See
   * {@link CsvCells#guard(String)}.
   *
   * @return true if the formula guard is on (the default)
   */
  public boolean formulaGuard() {
    return formulaGuard;
  }

  /**
   * Checks if each file starts with the UTF-8 byte-order mark.
   *
   * @return true if it does (the {@code excel} profile)
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /**
   * Returns the order of the rows.
   *
   * @return the row order, {@link RowOrder#AS_GIVEN} by default, not null
   */
  public RowOrder rowOrder() {
    return rowOrder;
  }

  /**
   * Returns a copy with the formula guard on or off. Turn it off only for files that no
   * spreadsheet will open, such as input for pandas or a database.
   *
   * @param on  true to neutralise formula-like text cells
   * @return the changed options, not null
   */
  public CsvOptions withFormulaGuard(boolean on) {
    return new CsvOptions(on, byteOrderMark, rowOrder);
  }

  /**
   * Returns a copy that does or does not start each file with the UTF-8 byte-order mark.
   *
   * @param on  true to write the byte-order mark
   * @return the changed options, not null
   */
  public CsvOptions withByteOrderMark(boolean on) {
    return new CsvOptions(formulaGuard, on, rowOrder);
  }

  /**
   * Returns a copy with the given row order.
   *
   * @param order  the row order, not null
   * @return the changed options, not null
   */
  public CsvOptions withRowOrder(RowOrder order) {
    return new CsvOptions(formulaGuard, byteOrderMark, requireNonNull(order, "order"));
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || obj instanceof CsvOptions other
            && formulaGuard == other.formulaGuard
            && byteOrderMark == other.byteOrderMark
            && rowOrder == other.rowOrder;
  }

  @Override
  public int hashCode() {
    return Objects.hash(formulaGuard, byteOrderMark, rowOrder);
  }

  /** Returns the settings, such as {@code CsvOptions[formulaGuard=true, byteOrderMark=false, rowOrder=AS_GIVEN]}. */
  @Override
  public String toString() {
    return "CsvOptions[formulaGuard=" + formulaGuard + ", byteOrderMark=" + byteOrderMark + ", rowOrder=" + rowOrder + "]";
  }
}
