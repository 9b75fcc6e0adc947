package com.daocloud.support.sla;

/** Evaluates the deployed {@code response-sla} decision (an analyst's new table applies at once). */
public interface ResponseTermsLookup {

  ResponseTerms terms(int level, String serviceTier);
}
