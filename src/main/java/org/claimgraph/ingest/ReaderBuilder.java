package org.claimgraph.ingest;

import java.util.Objects;
import org.claimgraph.ErrorHandler;
import org.claimgraph.ErrorHandlers;

/**
 * What every article reader is configured with: the input limits and the caller's error-handler
 * policy. Defaults are {@link InputLimits#DEFAULT} and fail-fast; each argument is checked as it is set.
 *
 * @param <B> the concrete builder, returned by the setters so calls chain
 * @param <R> the reader it builds
 */
public abstract class ReaderBuilder<B extends ReaderBuilder<B, R>, R> {

    InputLimits limits = InputLimits.DEFAULT;
    ErrorHandler errorHandler = ErrorHandlers.failFast();

    ReaderBuilder() {}

    public B limits(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return self();
    }

    public B errorHandler(ErrorHandler errorHandler) {
        this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler");
        return self();
    }

    abstract B self();

    public abstract R build();
}
