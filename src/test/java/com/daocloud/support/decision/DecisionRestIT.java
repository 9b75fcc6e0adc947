package com.daocloud.support.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.daocloud.support.testing.Api;
import com.daocloud.support.testing.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every row of every policy decision (docs/analysts.md, section 5), evaluated the way analysts and
 * integrations do: {@code POST /engine-rest/decision-definition/key/{key}/evaluate} as {@code demo}, against
 * the decisions that the application deployed.
 */
@IntegrationTest
class DecisionRestIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  static Stream<DecisionCase> cases() {
    return DecisionCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("Each decision row answers exactly the fixed outputs (docs/analysts.md) through /engine-rest")
  void evaluatesThroughEngineRest(DecisionCase decisionCase) throws Exception {
    // Given the fixed inputs as REST variables
    String body = JSON.writeValueAsString(Map.of("variables", decisionCase.restVariables()));

    // When demo evaluates the deployed decision
    Api.Response response = Api.as(port, "demo").post(
        "/engine-rest/decision-definition/key/" + decisionCase.decisionKey() + "/evaluate", body);

    // Then exactly one rule matches with the expected outputs (or none, where none should)
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode results = response.json();
    if (decisionCase.expectsNoMatch()) {
      assertThat(results).isEmpty();
      return;
    }
    assertThat(results).hasSize(1);
    JsonNode outputs = results.get(0);
    decisionCase.outputs().forEach((name, expected) -> {
      JsonNode output = outputs.get(name);
      if (expected == null) {
        assertThat(output == null || output.get("value").isNull()).as(name + " is null").isTrue();
      } else {
        assertThat(output).as(name).isNotNull();
        assertThat(JSON.convertValue(output.get("value"), Object.class)).as(name)
            .isEqualTo(expected);
      }
    });
  }
}
