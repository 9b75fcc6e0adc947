package com.daocloud.support.sla;

import java.util.List;
import java.util.stream.Collectors;

/** A working calendar that cannot be used; names each offending field (for RFC 9457 {@code errors}). */
public class CalendarValidationException extends IllegalArgumentException {

    /** One problem: the field ({@code windowEnd}, {@code holidays}, ...) and what is wrong with it. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final transient List<Violation> violations;

    public CalendarValidationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public CalendarValidationException(List<Violation> violations) {
        super("invalid working calendar: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        this.violations = List.copyOf(violations);
    }

    /** The field of the first violation. */
    public String field() {
        return violations.get(0).field();
    }

    public List<Violation> violations() {
        return violations;
    }
}
