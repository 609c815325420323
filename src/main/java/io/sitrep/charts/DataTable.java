package io.sitrep.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a chart is drawn from, as a table: shown under the chart and exported as CSV and
 * JSON. Cells hold raw values as text: numbers plain ("400000"), dates ISO ("2020-02-05"),
 * empty for none. {@link #displayRows()} gives them formatted for people.
 *
 * @param columns the columns, in order
 * @param rows    the rows, each with one cell per column
 */
public record DataTable(List<Column> columns, List<List<String>> rows) {

    /** How a column's cells are read and shown. */
    public enum ColumnType { TEXT, NUMBER, DATE }

    /**
     * @param key   machine name, used as the CSV header and JSON key ("value")
     * @param label human name, used as the table header ("Reported value")
     */
    public record Column(String key, String label, ColumnType type) {
    }

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size()
                        + " columns: " + row);
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Column labels, for the header of the table under a chart. */
    public List<String> header() {
        return columns.stream().map(Column::label).toList();
    }

    /** Column keys, for CSV and JSON. */
    public List<String> keys() {
        return columns.stream().map(Column::key).toList();
    }

    /** The rows formatted for reading: "400,000", "5 Feb 2020". */
    public List<List<String>> displayRows() {
        return lastDisplayRows(rows.size());
    }

    /**
     * The last {@code max} rows (all of them if there are fewer) formatted for reading, as
     * {@link #displayRows()} formats them: a page shows the last rows of a table only, and
     * formatting every row of the large ones (a series reported thousands of times) was most of
     * the time the pages' chart views took.
     */
    public List<List<String>> lastDisplayRows(int max) {
        List<List<String>> shown = rows.subList(Math.max(0, rows.size() - Math.max(0, max)), rows.size());
        List<List<String>> display = new ArrayList<>(shown.size());
        for (List<String> row : shown) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(display(columns.get(i).type(), row.get(i)));
            }
            display.add(List.copyOf(cells));
        }
        return List.copyOf(display);
    }

    private static String display(ColumnType type, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        return switch (type) {
            case TEXT -> raw;
            case NUMBER -> Formats.number(new BigDecimal(raw));
            case DATE -> Formats.day(LocalDate.parse(raw));
        };
    }

    /** The rows as records with typed values (numbers as {@link BigDecimal}, empty as null). */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                Column column = columns.get(i);
                String raw = row.get(i);
                Object value = raw.isEmpty() ? null
                        : column.type() == ColumnType.NUMBER ? new BigDecimal(raw) : raw;
                record.put(column.key(), value);
            }
            records.add(record);
        }
        return records;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects columns and rows; converts numbers, dates and nulls to raw cells. */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        public Builder text(String key, String label) {
            columns.add(new Column(key, label, ColumnType.TEXT));
            return this;
        }

        public Builder number(String key, String label) {
            columns.add(new Column(key, label, ColumnType.NUMBER));
            return this;
        }

        public Builder date(String key, String label) {
            columns.add(new Column(key, label, ColumnType.DATE));
            return this;
        }

        /** Adds a row; cells may be strings, numbers, dates or null. */
        public Builder row(Object... cells) {
            List<String> row = new ArrayList<>(cells.length);
            for (Object cell : cells) {
                row.add(raw(cell));
            }
            rows.add(row);
            return this;
        }

        private static String raw(Object cell) {
            if (cell == null) {
                return "";
            }
            if (cell instanceof BigDecimal decimal) {
                return Formats.plain(decimal);
            }
            if (cell instanceof Integer || cell instanceof Long) {
                return cell.toString();
            }
            if (cell instanceof Number number) {
                return Formats.plain(BigDecimal.valueOf(number.doubleValue()));
            }
            if (cell instanceof LocalDate date) {
                return date.toString();
            }
            return cell.toString();
        }

        public DataTable build() {
            return new DataTable(columns, rows);
        }
    }
}
