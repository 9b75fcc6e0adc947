package com.daocloud.support.incident;

import com.daocloud.support.incident.IncidentMessages.Message;
import com.daocloud.support.incident.process.CustomerUpdates;
import com.daocloud.support.time.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CLS-1: the customer's answer to a proposed solution, with who gave it. Who answered is written to the
 * incident's row (and, for an acceptance, to the timeline) before the answer reaches the waiting process,
 * in the same transaction: the process's own steps read it from the row (an objection names who objected),
 * and an answer that is not delivered (the wait already ended) leaves nothing behind.
 */
@Service
public class ClosureResponses {

  private final IncidentStore store;
  private final CustomerLoop loop;
  private final CustomerUpdates updates;
  private final TransactionTemplate transaction;

  public ClosureResponses(IncidentStore store, CustomerLoop loop, CustomerUpdates updates,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.loop = loop;
    this.updates = updates;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** @return false when no solution is waiting for the customer's response (any more); nothing is stored then */
  public boolean respond(Incident incident, boolean accepted, String comment, ClosureAnswer answer) {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      store.recordClosureAnswer(incident.number(), answer);
      if (accepted) {
        TimelineEvent event = TimelineEvent.SOLUTION_ACCEPTED;
        updates.tell(incident.number(), EngineClock.now(), event,
            Message.of(event.key("answered"), answer.describe()));
      }
      if (loop.respondToSolution(incident, accepted, comment)) {
        return true;
      }
      status.setRollbackOnly();
      return false;
    }));
  }
}
