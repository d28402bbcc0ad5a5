package dev.fenghuang.cli.option;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A security question's number: 0 (none) to 7, the ones Discuz offers (2.2 of the protocol reference). */
public final class QuestionNumber implements ITypeConverter<Integer> {
    static final int LAST = 7;

    @Override
    public Integer convert(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= LAST) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("'" + value + "' is not a security question (0 for none, 1 to " + LAST + ")");
    }
}
