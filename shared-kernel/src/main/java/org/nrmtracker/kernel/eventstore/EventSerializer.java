package org.nrmtracker.kernel.eventstore;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The serializer both sides use for events, metadata, snapshots and tokens: JSON through
 * Jackson 3, so stored payloads are readable text and the hash chain covers exactly that text.
 */
public final class EventSerializer {

    public static Serializer create() {
        return Jackson3Serializer.builder()
                // Axon's ReplayToken stores nested tokens typed as Object; without an explicit
                // validator Jackson 3 refuses to read them back (docs/decisions.md, "Axon 4.13 settings that matter")
                .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                        BasicPolymorphicTypeValidator.builder()
                                .allowIfSubType("org.axonframework.")
                                .allowIfSubType("org.nrmtracker.")
                                .build()))
                .build();
    }

    private EventSerializer() {
    }
}
