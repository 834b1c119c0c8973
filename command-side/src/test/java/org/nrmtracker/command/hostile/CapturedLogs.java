package org.nrmtracker.command.hostile;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's log from INFO up, kept in memory instead of printed while open: so a test can check
 * every line the app would write in production (messages and stack traces alike) without flooding the
 * build's output. Closing restores the root logger's level and appenders.
 */
final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level level;
    private final List<Appender<ILoggingEvent>> printing = new ArrayList<>();
    private final ListAppender<ILoggingEvent> kept = new ListAppender<>();

    CapturedLogs() {
        level = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(printing::add);
        printing.forEach(root::detachAppender);
        kept.setContext(root.getLoggerContext());
        kept.start();
        root.addAppender(kept);
        root.setLevel(Level.INFO);
    }

    /** Every event so far as text: level, logger, message, and the stack trace with each cause's message. */
    String text() {
        List<ILoggingEvent> events;
        synchronized (kept) { // the appender appends under this lock, from the server's threads
            events = List.copyOf(kept.list);
        }
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(kept);
        kept.stop();
        printing.forEach(root::addAppender);
        root.setLevel(level);
    }
}
