package org.papergraph.queries.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON that can stand inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
 * {@code \}{@code u003C}-style escapes, so no string can close the element ({@code </script>}) or open a comment
 * ({@code <!--}). {@code JSON.parse} reads the same text.
 */
final class ScriptSafeJson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new Escapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ScriptSafeJson() {
    }

    /** A generator writing to {@code out}, which it leaves open. */
    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (char c : new char[] {'<', '>', '&'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Asked for non-ASCII characters only, which pass as they are: the page is UTF-8.
            return null;
        }
    }
}
