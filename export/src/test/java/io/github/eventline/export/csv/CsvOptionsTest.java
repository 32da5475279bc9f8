package io.github.eventline.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvOptionsTest {

  @Test
  void defaults_guardOnNoByteOrderMarkRowsAsGiven() {
    CsvOptions options = CsvOptions.defaults();
    assertThat(options.formulaGuard()).isTrue();
    assertThat(options.byteOrderMark()).isFalse();
    assertThat(options.rowOrder()).isEqualTo(RowOrder.AS_GIVEN);
    assertThat(options).hasToString("CsvOptions[formulaGuard=true, byteOrderMark=false, rowOrder=AS_GIVEN]");
  }

  @Test
  void excel_isTheDefaultsWithTheByteOrderMark() {
    assertThat(CsvOptions.excel()).isEqualTo(CsvOptions.defaults().withByteOrderMark(true));
    assertThat(CsvOptions.excel().formulaGuard()).isTrue();
  }

  @Test
  void with_changesOneSettingAndLeavesTheOriginalAlone() {
    CsvOptions base = CsvOptions.excel();
    CsvOptions raw = base.withFormulaGuard(false);
    assertThat(raw.formulaGuard()).isFalse();
    assertThat(raw.byteOrderMark()).isTrue();
    assertThat(base.formulaGuard()).isTrue();
    CsvOptions sorted = raw.withRowOrder(RowOrder.BY_ID);
    assertThat(sorted.rowOrder()).isEqualTo(RowOrder.BY_ID);
    assertThat(sorted.formulaGuard()).isFalse();
    assertThat(sorted.withRowOrder(RowOrder.AS_GIVEN).withFormulaGuard(true).withByteOrderMark(false))
        .isEqualTo(CsvOptions.defaults())
        .hasSameHashCodeAs(CsvOptions.defaults());
  }

  @Test
  void equals_comparesEverySetting() {
    assertThat(CsvOptions.defaults()).isNotEqualTo(CsvOptions.excel())
        .isNotEqualTo(CsvOptions.defaults().withFormulaGuard(false))
        .isNotEqualTo(CsvOptions.defaults().withRowOrder(RowOrder.BY_ID))
        .isNotEqualTo("CsvOptions");
  }

  @Test
  void withRowOrder_rejectsNull() {
    assertThatThrownBy(() -> CsvOptions.defaults().withRowOrder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("order");
  }
}
