package org.nrmtracker.command.referral.history;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.nrmtracker.command.referral.ImpossibleReferralDates;
import org.nrmtracker.command.referral.ReferralStateConflict;
import org.springframework.stereotype.Component;

/**
 * Keeps a batch's referrals loaded when one of their lines is refused. Each line of a batch is a command in a
 * unit of work nested in the batch's; a command that throws rolls its unit of work back, and Axon's repository
 * then forgets the referral for the whole batch and evicts it from the cache (Axon 4.13's {@code AbstractRepository}
 * and {@code CachingEventSourcingRepository} register that on every load), so the batch's next line on it reads
 * its stream again, from the store and from the events the batch has staged. For a referral the batch has already
 * written to, the refusal is answered as a {@link Refusal} instead: refusing changed nothing in the referral, so
 * its unit of work commits nothing and the batch goes on with the referral as it is. Every other command, the
 * single-event endpoints' included, throws as before.
 */
@Component
class KeepRefusedReferrals implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> line, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (ReferralStateConflict | ImpossibleReferralDates refused) {
            if (ofAPendingReferral(line)) {
                return new Refusal(refused);
            }
            throw refused;
        }
    }

    private boolean ofAPendingReferral(UnitOfWork<? extends CommandMessage<?>> line) {
        return line.parent().flatMap(PendingReferrals::of)
                .filter(pending -> pending.contains(targets.resolveTarget(line.getMessage()).getIdentifier()))
                .isPresent();
    }
}
