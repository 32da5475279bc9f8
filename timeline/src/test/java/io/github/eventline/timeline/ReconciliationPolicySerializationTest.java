package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eventline.core.Certainty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ReconciliationPolicySerializationTest {

  @Test
  void serialization_keepsEverySetting() throws IOException, ClassNotFoundException {
    ReconciliationPolicy policy = ReconciliationPolicy.builder()
        .method(ReconciliationPolicy.Method.MOST_RELIABLE_SOURCE)
        .defaultReliability(0.4)
        .certaintyFactor(Certainty.POSSIBLE, 0.3)
        .relayDiscount(0.8)
        .build();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(policy);
    }
    Object read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read).isEqualTo(policy).isNotSameAs(policy);
    assertThat(read).isNotEqualTo(ReconciliationPolicy.defaults());
  }
}
