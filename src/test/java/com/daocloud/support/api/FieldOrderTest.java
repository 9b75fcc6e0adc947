package com.daocloud.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldOrderTest {

  record Contact(String name, String phone) {
  }

  record Request(String customerId, List<String> days, Contact contact, String title) {
  }

  @Test
  @DisplayName("Field errors come in the order the request declares its fields, nested and listed ones where their field stands, unknown ones last")
  void declarationOrder() {
    List<FieldProblem> problems = List.of(problem("title"), problem("contact.phone"), problem("elsewhere"),
        problem("days[1]"), problem("contact.name"), problem("customerId"), problem("days[0]"));

    assertThat(FieldOrder.sorted(Request.class, problems)).extracting(FieldProblem::field)
        .containsExactly("customerId", "days[0]", "days[1]", "contact.name", "contact.phone", "title", "elsewhere");
  }

  private static FieldProblem problem(String field) {
    return new FieldProblem(field, "is wrong");
  }
}
