package com.daocloud.support.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The errors an {@code /api} operation answers with besides those of every operation (401, 503; 413 and 415
 * where it takes a body), as problem details: the OpenAPI document lists exactly these for it, each with its
 * problem type and an example. Keep it to what the operation really answers.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiProblems {

  HttpStatus[] value();
}
