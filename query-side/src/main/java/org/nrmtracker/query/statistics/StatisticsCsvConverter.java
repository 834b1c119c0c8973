package org.nrmtracker.query.statistics;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes any {@link StatisticsReport} as {@code text/csv} when the client asks for it. It flattens the very JSON
 * the application's mapper writes, so the CSV columns cannot drift from the JSON fields.
 */
@Component
class StatisticsCsvConverter extends AbstractHttpMessageConverter<StatisticsReport> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper jsonMapper;

    StatisticsCsvConverter(JsonMapper jsonMapper) {
        super(StandardCharsets.UTF_8, TEXT_CSV);
        this.jsonMapper = jsonMapper;
    }

    String csv(StatisticsReport report) {
        CsvTable table = new CsvTable(jsonMapper.valueToTree(report.columnTemplate()));
        for (Object row : report.csvRows()) {
            table.addRow(jsonMapper.valueToTree(row));
        }
        return table.write();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return StatisticsReport.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected StatisticsReport readInternal(Class<? extends StatisticsReport> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Statistics are only written", input);
    }

    @Override
    protected void writeInternal(StatisticsReport report, HttpOutputMessage output) throws IOException {
        output.getBody().write(csv(report).getBytes(StandardCharsets.UTF_8));
    }
}
