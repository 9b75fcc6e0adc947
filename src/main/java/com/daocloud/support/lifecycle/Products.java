package com.daocloud.support.lifecycle;

import java.util.Locale;
import java.util.regex.Pattern;

/** Product codes as decision {@code support-lifecycle} writes them: lower case ({@code dce}). */
public final class Products {

  public static final String DCE = "dce";
  public static final String FORMAT_MESSAGE =
      "must be a product code of lower-case letters, digits and hyphens, e.g. dce";

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  private Products() {
  }

  /** The product code in its stored spelling ("DCE" → "dce"), or null when it is not one. */
  public static String normalise(String product) {
    if (product == null) {
      return null;
    }
    String code = product.trim().toLowerCase(Locale.ROOT);
    return CODE.matcher(code).matches() ? code : null;
  }

  public static String displayName(String product) {
    return DCE.equals(product) ? "DCE" : product;
  }
}
