package dev.fenghuang.cli.option;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A page number from the command line: 1 or more, else a usage error. */
public final class PageNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int page;
        try {
            page = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            throw new TypeConversionException("'" + value + "' is not a page number (pages start at 1)");
        }
        return page;
    }
}
