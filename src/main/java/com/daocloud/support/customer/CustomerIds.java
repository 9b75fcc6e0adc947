package com.daocloud.support.customer;

import java.util.regex.Pattern;

/** The form of a customer id: lower-case letters, digits and hyphens, at most 64, e.g. {@code acme}. */
public final class CustomerIds {

  public static final String FORMAT_MESSAGE = "must be lower-case letters, digits and hyphens (at most 64), e.g. acme";

  private static final Pattern CUSTOMER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private CustomerIds() {
  }

  public static boolean isValid(String id) {
    return id != null && CUSTOMER_ID.matcher(id).matches();
  }
}
