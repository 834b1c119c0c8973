package org.nrmtracker.query.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializationException;
import tools.jackson.core.JacksonException;

/**
 * How a read model's processor meets an event whose stored payload no longer fits its type (its stored fields are
 * fine, so the engine read it): it fails the batch, so the processor retries from its token and never skips the
 * event, and {@link UnreadableEvents} reports it. Any other failure goes to {@code otherwise}. As an interceptor it
 * tells {@link UnreadableEvents} that an event was handled, which ends every stop at or before it.
 */
final class StopAtUnreadable implements ListenerInvocationErrorHandler, MessageHandlerInterceptor<EventMessage<?>> {

    private final UnreadableEvents unreadable;
    private final String processor;
    private final ListenerInvocationErrorHandler otherwise;

    StopAtUnreadable(UnreadableEvents unreadable, String processor, ListenerInvocationErrorHandler otherwise) {
        this.unreadable = unreadable;
        this.processor = processor;
        this.otherwise = otherwise;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler)
            throws Exception {
        if (!unreadablePayload(exception) || !(event instanceof TrackedEventMessage<?> tracked)) {
            otherwise.onError(exception, event, eventHandler);
            return;
        }
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        // the exception's own message may quote the stored text: only its type is told
        unreadable.stoppedAt(new UnreadableEvents.Stop(tracked.trackingToken().position().orElse(-1),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? -1 : domain.getSequenceNumber(),
                "Its payload no longer fits its event type (" + rootOf(exception).getClass().getSimpleName() + ").",
                "processor " + processor));
        throw exception;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
            tracked.trackingToken().position().ifPresent(unreadable::passed);
        }
        return result;
    }

    private static boolean unreadablePayload(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SerializationException || t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
