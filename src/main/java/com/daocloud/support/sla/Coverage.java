package com.daocloud.support.sla;

import java.util.Locale;

/** The coverage of a response time (RSP-1, the {@code response-sla} output {@code coverage}; RSP-2). */
public enum Coverage {

    /** {@code 24x7}: every elapsed second counts. */
    ROUND_THE_CLOCK("24x7"),

    /** {@code 5x8}: only the calendar's window on working days, in the customer's zone, counts. */
    BUSINESS_HOURS("5x8");

    private final String code;

    Coverage(String code) {
        this.code = code;
    }

    /** The code as the {@code response-sla} decision and the REST API write it. */
    public String code() {
        return code;
    }

    /** Parses {@code 24x7} or {@code 5x8}. */
    public static Coverage fromCode(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            for (Coverage coverage : values()) {
                if (coverage.code.equals(c)) {
                    return coverage;
                }
            }
        }
        throw new IllegalArgumentException("coverage must be 24x7 or 5x8, was " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
