package org.nrmtracker.query.reads;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read endpoint with the model it answers from: it then takes {@code minPosition} and answers with
 * {@code NRM-Position} (docs/api.md §1), both handled once by {@link PositionedReads}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsFrom {

    ReadModel value();
}
