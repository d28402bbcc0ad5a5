package dev.fenghuang.cli.option;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --per-page N} of the admin panel's lists: only the sizes its select offers (20, 50, 100: {@code tpp} of
 * the queue, {@code perpage} of the comment search); any other is a usage error (exit 2).
 */
public final class PerPageOption {
    static final List<Integer> OFFERED = List.of(20, 50, 100);

    @Option(names = "--per-page", paramLabel = "N", defaultValue = "20", converter = Offered.class,
            description = "20, 50 or 100 (default 20).")
    public int size;

    public int size() {
        return size;
    }

    public static final class Offered implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (OFFERED.contains(n)) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not offered: the site shows 20, 50 or 100 per page");
        }
    }
}
