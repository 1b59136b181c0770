package org.claimgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ready-made error-handler policies. */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger("org.claimgraph");

    private ErrorHandlers() {}

    /** Log warnings, rethrow errors: the first bad item stops the batch. */
    public static ErrorHandler failFast() {
        return new ErrorHandler() {
            @Override
            public void warning(String message, Location location) {
                LOG.warn("{}: {}", location, message);
            }

            @Override
            public void error(ClaimgraphException problem) {
                throw problem;
            }
        };
    }

    /** Log warnings, record errors and go on; the batch summary reads {@link Collecting#errors()}. */
    public static Collecting collecting() {
        return new Collecting();
    }

    public static final class Collecting implements ErrorHandler {
        private final List<ClaimgraphException> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void warning(String message, Location location) {
            warnings.add(location + ": " + message);
            LOG.debug("{}: {}", location, message);
        }

        @Override
        public void error(ClaimgraphException problem) {
            errors.add(problem);
        }

        public List<ClaimgraphException> errors() {
            return List.copyOf(errors);
        }

        public List<String> warnings() {
            return List.copyOf(warnings);
        }
    }
}
