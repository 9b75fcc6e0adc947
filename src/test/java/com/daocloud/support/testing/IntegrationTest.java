package com.daocloud.support.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context of the integration tests: the whole application with profiles
 * {@code postgres} and {@code demo} on the shared embedded PostgreSQL, on a random port. Keep its
 * configuration identical everywhere so that Spring's context cache reuses it. Load tests report hundreds of
 * incidents for acme, so the per-customer report limit is lifted here (isolated/ReportRateLimitIT tests it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Every test calls from 127.0.0.1, so tests that send wrong passwords on purpose would throttle the
// ones after them at the production limit (10); the login throttle's own tests call from addresses of
// their own and read the limit.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"dce.security.login-throttle.max-failures=50",
        "dce.incident.report-limit.burst=1000000", "dce.incident.report-limit.per-hour=1000000"})
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface IntegrationTest {
}
