package com.daocloud.support.api;

/** One invalid input field of a request: the field's JSON path and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
