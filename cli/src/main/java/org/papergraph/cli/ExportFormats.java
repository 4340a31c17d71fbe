package org.papergraph.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.papergraph.queries.export.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Export formats on the command line: by name, an unknown one rejected with the list of names. */
final class ExportFormats implements ITypeConverter<ExportFormat>, Iterable<String> {

    @Override
    public ExportFormat convert(String name) {
        try {
            return ExportFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The names, for the options' help ({@code ${COMPLETION-CANDIDATES}}). */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::id).iterator();
    }
}
