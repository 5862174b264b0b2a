package org.iamemulator.core.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a store that cannot be reached (PostgreSQL stopped, restarting, or its connections cut) from other
 * failures: every dialect answers it with its own 503, so that clients retry, instead of a 500.
 */
public final class StoreOutage {

    private StoreOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof DataAccessResourceFailureException
                    || e instanceof CannotCreateTransactionException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLException sql && connectionState(sql.getSQLState())
                    // begin, commit or rollback failing on the JDBC connection: the pool may already have closed it
                    || e instanceof TransactionException) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }

    /** SQL state class 08 (connection exception) and PostgreSQL's 57P01–57P03 (shut down, crashed, starting). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
