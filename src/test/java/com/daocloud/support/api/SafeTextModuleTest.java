package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SafeTextModuleTest {

  record Body(String text, List<String> items) {
  }

  private final ObjectMapper json = new ObjectMapper().registerModule(new SafeTextModule());

  @Test
  @DisplayName("Text a person can type passes: CJK, emoji (surrogate pairs), RTL, combining marks, tab and line breaks")
  void oddButValidTextPasses() throws Exception {
    String text = "故障 🚨👩‍💻 שלום e\u0301 \u202Ex\u202C tab\there\r\nnext <script>'\"\\";
    Body body = json.readValue(json.writeValueAsString(new Body(text, List.of(text))), Body.class);

    assertThat(body.text()).isEqualTo(text);
    assertThat(body.items()).containsExactly(text);
  }

  @Test
  @DisplayName("NUL, other control characters and lone surrogates are refused, naming the field")
  void controlCharactersAndLoneSurrogatesAreRefused() {
    for (String bad : List.of("a\\u0000b", "bell\\u0007", "\\ud800", "x\\udc00y", "\\ud800\\ud800")) {
      assertThatThrownBy(() -> json.readValue("{\"text\": \"" + bad + "\"}", Body.class))
          .as(bad).isInstanceOf(SafeTextModule.UnsafeTextException.class)
          .satisfies(e -> assertThat(((SafeTextModule.UnsafeTextException) e).getPath().get(0).getFieldName())
              .isEqualTo("text"));
    }
    assertThatThrownBy(() -> json.readValue("{\"items\": [\"ok\", \"a\\u0000\"]}", Body.class))
        .isInstanceOf(SafeTextModule.UnsafeTextException.class);
  }
}
