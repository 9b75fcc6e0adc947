package com.daocloud.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request with one query parameter added, visible to servlets that read the query string. */
class DefaultParameterRequest extends HttpServletRequestWrapper {

  private final String name;
  private final String value;

  DefaultParameterRequest(HttpServletRequest request, String name, String value) {
    super(request);
    this.name = name;
    this.value = value;
  }

  @Override
  public String getQueryString() {
    String query = super.getQueryString();
    String added = name + "=" + value;
    return query == null || query.isEmpty() ? added : query + "&" + added;
  }

  @Override
  public String getParameter(String parameter) {
    return name.equals(parameter) ? value : super.getParameter(parameter);
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
    parameters.put(name, new String[] {value});
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public String[] getParameterValues(String parameter) {
    return getParameterMap().get(parameter);
  }
}
