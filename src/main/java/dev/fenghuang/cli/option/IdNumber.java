package dev.fenghuang.cli.option;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** An article, comment or category id from the command line: a whole number from 1 up, else a usage error. */
public final class IdNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1) {
            throw new TypeConversionException("'" + value + "' is not an id (ids are whole numbers from 1 up)");
        }
        return id;
    }

    /** Several ids of one positional parameter ({@code label}); one below 1 is a usage error naming it. */
    public static List<Long> all(List<Long> ids, CommandLine commandLine, String label) {
        for (Long id : ids) {
            if (id == null || id < 1) {
                throw new ParameterException(commandLine, "Invalid value for positional parameter (" + label + "): '"
                        + id + "' is not an id (ids are whole numbers from 1 up)");
            }
        }
        return List.copyOf(ids);
    }

    /** The same, for the ids the site keeps as {@code int} (categories). */
    public static final class Int implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long id = parse(value);
            if (id > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is not an id (too large)");
            }
            return (int) id;
        }
    }
}
