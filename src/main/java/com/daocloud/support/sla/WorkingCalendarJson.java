package com.daocloud.support.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a working calendar from its JSON file ({@code src/main/resources/calendars/*.json}):
 * {@code {"id", "windowStart": "09:00", "windowEnd": "18:00", "holidays": [dates], "workingDays": [dates]}}.
 * Other members (e.g. {@code description}) are ignored. Used to seed the calendar table.
 */
public final class WorkingCalendarJson {

    /** The classpath resource of the shipped mainland China 2026 calendar. */
    public static final String CN_2026 = "calendars/cn-2026.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkingCalendarJson() {
    }

    /** Reads a calendar file as version 1. */
    public static WorkingCalendar read(InputStream json) {
        return read(json, 1);
    }

    /**
     * @throws CalendarValidationException naming the field for a missing or malformed member or an
     *         inconsistent calendar
     * @throws UncheckedIOException if the stream cannot be read or is not JSON
     */
    public static WorkingCalendar read(InputStream json, int version) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("calendar file is not readable JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new CalendarValidationException("calendar", "must be a JSON object");
        }
        return new WorkingCalendar(
                root.path("id").asText(null),
                version,
                time(root, "windowStart"),
                time(root, "windowEnd"),
                dates(root, "holidays"),
                dates(root, "workingDays"));
    }

    /** Reads a calendar file from the classpath, e.g. {@link #CN_2026}. */
    public static WorkingCalendar fromClasspath(String resource) {
        try (InputStream in = WorkingCalendarJson.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no calendar on the classpath at " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalTime time(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new CalendarValidationException(field, "is missing");
        }
        try {
            return LocalTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new CalendarValidationException(field, "must be a time HH:mm, was " + node.asText());
        }
    }

    private static List<LocalDate> dates(JsonNode root, String field) {
        List<LocalDate> dates = new ArrayList<>();
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return dates;
        }
        if (!node.isArray()) {
            throw new CalendarValidationException(field, "must be an array of dates YYYY-MM-DD");
        }
        for (JsonNode element : node) {
            try {
                dates.add(LocalDate.parse(element.asText()));
            } catch (DateTimeParseException e) {
                throw new CalendarValidationException(field, "must hold dates YYYY-MM-DD, found " + element);
            }
        }
        return dates;
    }
}
