package com.daocloud.support.s360.api;

import com.daocloud.support.api.ApiException;
import com.daocloud.support.api.ApiProblems;
import com.daocloud.support.api.FieldProblem;
import com.daocloud.support.customer.Customer;
import com.daocloud.support.customer.CustomerIds;
import com.daocloud.support.identity.Groups;
import com.daocloud.support.observability.OpenApiConfiguration;
import com.daocloud.support.s360.S360Customers;
import com.daocloud.support.s360.team.DedicatedTeams;
import com.daocloud.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT|GET /api/customers/{id}/s360-team} (administrators): the customer's dedicated S360 team (SVC-2),
 * users of {@code customer-success} who then get that customer's S360 tasks instead of the whole group. An
 * empty list gives the tasks back to the group.
 */
@RestController
@Tag(name = OpenApiConfiguration.S360)
public class DedicatedTeamController {

  private final DedicatedTeams teams;
  private final S360Customers s360;
  private final IdentityService identity;

  public DedicatedTeamController(DedicatedTeams teams, S360Customers s360, IdentityService identity) {
    this.teams = teams;
    this.s360 = s360;
    this.identity = identity;
  }

  @Schema(name = "DedicatedTeam", description = "A customer's dedicated S360 team: user ids of customer-success")
  public record Team(
      @Schema(example = "[\"success\"]") @NotNull(message = "is required: a list of user ids, empty for none")
      @Size(max = 20, message = "must name at most 20 members")
      List<@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String> members) {
  }

  @GetMapping("/api/customers/{id}/s360-team")
  @Operation(operationId = "readDedicatedTeam", summary = "Read a customer's dedicated S360 team")
  @ApiProblems({HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  public Team get(@PathVariable String id) {
    return new Team(teams.members(s360Customer(id).id()));
  }

  @PutMapping("/api/customers/{id}/s360-team")
  @Operation(operationId = "putDedicatedTeam", summary = "Name a customer's dedicated S360 team", description = """
      Administrators. Every member must be a user of customer-success; an empty list gives the customer's S360 \
      tasks back to the whole group. Tasks already open keep their candidates.""")
  @ApiProblems({HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
  @Transactional
  public Team put(@PathVariable String id, @Valid @RequestBody Team team) {
    Customer customer = s360Customer(id);
    List<String> members = List.copyOf(new LinkedHashSet<>(team.members().stream().map(String::trim).toList()));
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < team.members().size(); i++) {
      String member = team.members().get(i).trim();
      if (identity.createUserQuery().userId(member).memberOfGroup(Groups.CUSTOMER_SUCCESS).count() == 0) {
        problems.add(new FieldProblem("members[" + i + "]", "must be a user of customer-success"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException.BadRequest(problems);
    }
    teams.replace(customer.id(), members);
    return new Team(teams.members(customer.id()));
  }

  private Customer s360Customer(String id) {
    if (!CurrentUser.get().isAdmin()) {
      throw new ApiException.Forbidden("Only administrators name a customer's dedicated team");
    }
    if (!CustomerIds.isValid(id)) {
      throw new ApiException.NotFound("No customer " + id);
    }
    return s360.requireS360(s360.find(id).orElseThrow(() -> new ApiException.NotFound("No customer " + id)));
  }
}
