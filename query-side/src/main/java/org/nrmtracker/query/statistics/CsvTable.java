package org.nrmtracker.query.statistics;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a statistics answer's groups, as JSON trees, into an RFC 4180 table: one row per group, one column per
 * value. Columns are named by the JSON path, so they follow the JSON wherever it goes:
 * <ul>
 *   <li>the key's dimensions come first, each named by the dimension ({@code REFERRAL_QUARTER});</li>
 *   <li>nested objects join names with dots ({@code conclusiveGrounds.daysFromReferral.median});</li>
 *   <li>arrays of windows are labelled by their {@code days}, not their position
 *       ({@code windows.45.metRate}, {@code beyondWindow.90.count});</li>
 *   <li>null is an empty cell.</li>
 * </ul>
 */
final class CsvTable {

    private static final String CRLF = "\r\n";

    private final Set<String> columns = new LinkedHashSet<>();
    private final List<Map<String, String>> rows = new ArrayList<>();

    /** Takes its columns from a template group, so that a table without rows still has its header. */
    CsvTable(JsonNode template) {
        columns.addAll(flatten(template).keySet());
    }

    CsvTable addRow(JsonNode group) {
        Map<String, String> row = flatten(group);
        columns.addAll(row.keySet());
        rows.add(row);
        return this;
    }

    String write() {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(columns));
        for (Map<String, String> row : rows) {
            line(csv, columns.stream().map(column -> row.getOrDefault(column, "")).toList());
        }
        return csv.toString();
    }

    private static Map<String, String> flatten(JsonNode group) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : group.properties()) {
            if (property.getKey().equals("key")) {
                property.getValue().properties().forEach(dimension -> row.put(dimension.getKey(), text(dimension.getValue())));
            } else {
                flatten(property.getKey(), property.getValue(), row);
            }
        }
        return row;
    }

    private static void flatten(String name, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.properties().forEach(property -> flatten(name + "." + property.getKey(), property.getValue(), row));
        } else if (node.isArray()) {
            int position = 0;
            for (JsonNode element : node.values()) {
                String label = element.has("days") ? text(element.get("days")) : Integer.toString(position);
                if (element.isObject()) {
                    element.properties().stream().filter(property -> !property.getKey().equals("days"))
                            .forEach(property -> flatten(name + "." + label + "." + property.getKey(),
                                    property.getValue(), row));
                } else {
                    flatten(name + "." + label, element, row);
                }
                position++;
            }
        } else {
            row.put(name, text(node));
        }
    }

    /** Numbers as plain decimals (never {@code 5.0E-4}), whole doubles without {@code .0}. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber() && !value.isIntegralNumber()) {
            BigDecimal number = value.isBigDecimal() ? value.decimalValue() : BigDecimal.valueOf(value.doubleValue());
            return number.stripTrailingZeros().toPlainString();
        }
        return value.asString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
