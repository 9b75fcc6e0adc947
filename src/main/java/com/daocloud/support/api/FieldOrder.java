package com.daocloud.support.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field errors in the order the request declares its fields ({@code contact.phone} where {@code contact}
 * stands), so that an answer lists them as a person reads the request, and the same way every time: Bean
 * Validation reports violations in no particular order.
 */
final class FieldOrder {

  private static final int UNKNOWN = Integer.MAX_VALUE;
  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

  private FieldOrder() {
  }

  static List<FieldProblem> sorted(Class<?> type, List<FieldProblem> problems) {
    List<FieldProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(problem -> key(type, problem.field()), FieldOrder::compare));
    return sorted;
  }

  /**
   * The positions of each segment of {@code path} in its record, each followed by its list indexes: [8, 1] for
   * {@code contact.phone}, [2, 0] for {@code holidays[0]}.
   */
  private static List<Integer> key(Class<?> type, String path) {
    List<Integer> key = new ArrayList<>();
    Class<?> current = type;
    for (String segment : path.split("\\.")) {
      String name = segment.replaceAll("\\[.*", "");
      int position = UNKNOWN;
      Class<?> next = null;
      RecordComponent[] components = current == null ? null : current.getRecordComponents();
      for (int i = 0; components != null && i < components.length; i++) {
        if (components[i].getName().equals(name)) {
          position = i;
          next = components[i].getType();
        }
      }
      key.add(position);
      Matcher index = INDEX.matcher(segment);
      while (index.find()) {
        key.add(Integer.parseInt(index.group(1)));
      }
      current = next;
    }
    return key;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
