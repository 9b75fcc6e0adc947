package com.daocloud.support.deployment;

import com.daocloud.support.api.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A refused deployment on {@code /engine-rest} is a 400 problem ({@code type} names the reason,
 * {@code detail} says what to change) that also carries Camunda's {@code message}, which Camunda
 * Modeler's deploy dialog shows. Jersey picks this mapper over the engine's own for this exception
 * because it is the closest match by type.
 */
public class DeploymentRefusalMapper implements ExceptionMapper<DeploymentRefusedException> {

  static final String TITLE = "Deployment refused";

  @Override
  public Response toResponse(DeploymentRefusedException exception) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, exception.reason().type(), TITLE,
        exception.getMessage(), List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("message", problem.getDetail());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE).entity(body).build();
  }
}
