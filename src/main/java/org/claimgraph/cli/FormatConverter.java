package org.claimgraph.cli;

import org.claimgraph.InputException;
import org.claimgraph.export.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli report a bad --format as a parameter error. */
final class FormatConverter implements ITypeConverter<ExportFormat> {

    @Override
    public ExportFormat convert(String value) {
        try {
            return ExportFormat.parse(value);
        } catch (InputException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
