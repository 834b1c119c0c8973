package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MongoDatabase, as the engine is given one, whose collections let a test step in around each operation run on
 * them: hold a write back past a check, answer a reservation late, fail an insert as a dying writer or the server
 * would. Everything else goes to the real database unchanged, so the engine under test is the production engine.
 */
public final class InterposedMongo {

    /**
     * One operation on a collection, e.g. {@code insertMany} on {@code events}, with the client-side operation
     * timeout it runs under (null: none).
     */
    public record Call(String collection, String operation, Object[] arguments, Long timeoutMillis) {

        public boolean is(String collectionName, String... operations) {
            return collection.equals(collectionName) && List.of(operations).contains(operation);
        }

        /** The documents an {@code insertOne} or {@code insertMany} is about to store. */
        @SuppressWarnings("unchecked")
        public List<Document> insertedDocuments() {
            return switch (operation) {
                case "insertOne" -> List.of((Document) arguments[0]);
                case "insertMany" -> (List<Document>) arguments[0];
                default -> List.of();
            };
        }
    }

    /** The operation itself, to run (or not) from {@link Around#around}. */
    @FunctionalInterface
    public interface Proceed {
        Object run() throws Throwable;
    }

    /** What a test does around each operation; returns the operation's answer. */
    @FunctionalInterface
    public interface Around {
        Object around(Call call, Proceed operation) throws Throwable;
    }

    /** Runs {@code before} ahead of every insert into {@code collection}; an exception it throws fails the insert. */
    public static MongoDatabase beforeInserts(MongoDatabase database, String collection, Before before) {
        return database(database, (call, operation) -> {
            if (call.is(collection, "insertOne", "insertMany")) {
                before.run(call.insertedDocuments());
            }
            return operation.run();
        });
    }

    @FunctionalInterface
    public interface Before {
        void run(List<Document> documents);
    }

    public static MongoDatabase database(MongoDatabase database, Around around) {
        return proxy(MongoDatabase.class, database, (real, method, arguments) -> {
            Object answer = invoke(real, method, arguments);
            if (answer instanceof MongoCollection<?> collection && method.getName().equals("getCollection")) {
                return collection((String) arguments[0], collection, around);
            }
            return answer;
        });
    }

    /** Also the collection's variants ({@code withTimeout}, {@code withWriteConcern}, ...), stepped into alike. */
    private static MongoCollection<?> collection(String name, MongoCollection<?> real, Around around) {
        return proxy(MongoCollection.class, real, (target, operation, args) -> {
            if (operation.getName().startsWith("with")) {
                return collection(name, (MongoCollection<?>) invoke(target, operation, args), around);
            }
            Long timeout = ((MongoCollection<?>) target).getTimeout(TimeUnit.MILLISECONDS);
            return around.around(new Call(name, operation.getName(), args == null ? new Object[0] : args, timeout),
                    () -> invoke(target, operation, args));
        });
    }

    private interface Handler {
        Object handle(Object real, Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Handler handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(real, method, arguments);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // what the real operation threw, as it threw it
        }
    }

    /** The first and last global index of the commits an insert stores (a commit's {@code _id} is its last). */
    static long[] indexesOf(List<Document> commits) {
        long first = commits.stream().mapToLong(c -> c.get(CommitFields.FIRST_INDEX, Number.class).longValue())
                .min().orElseThrow();
        long last = commits.stream().mapToLong(c -> c.get(CommitFields.ID, Number.class).longValue())
                .max().orElseThrow();
        return new long[] {first, last};
    }

    private InterposedMongo() {
    }
}
