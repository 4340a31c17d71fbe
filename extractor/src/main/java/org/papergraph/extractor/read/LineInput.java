package org.papergraph.extractor.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 input, decoded one at a time so that an invalid byte sequence is reported with
 * its line number instead of failing the whole file or passing replacement characters downstream.
 * This is the one place an input is decoded: a byte-order mark at its start is dropped here, for
 * format detection ({@link #head}) and for every reader alike.
 */
public final class LineInput implements Closeable {

    /**
     * A line of input. When it is not valid UTF-8, {@code valid} is false and {@code text} has
     * U+FFFD in place of the bad bytes.
     */
    public record Line(int number, String text, boolean valid) {
    }

    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    private boolean bomChecked;
    private int lineNumber;

    public LineInput(InputStream in, String name) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        this.name = name;
    }

    /** The input's name as used in messages: a path, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    /** {@code name:line}, for messages. */
    public String where(int line) {
        return name + ":" + line;
    }

    /**
     * The first characters of the input (from at most {@code maxBytes} bytes, the byte-order mark left
     * out), decoded leniently and not consumed: what format detection looks at.
     */
    public String head(int maxBytes) throws IOException {
        skipByteOrderMark();
        in.mark(maxBytes);
        byte[] head = in.readNBytes(maxBytes);
        in.reset();
        return new String(head, StandardCharsets.UTF_8);
    }

    /** The next line without its terminator, or null at the end of the input. */
    public Line next() throws IOException {
        skipByteOrderMark();
        buf.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        try {
            return new Line(lineNumber, decoder.decode(ByteBuffer.wrap(bytes, 0, len)).toString(), true);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, new String(bytes, 0, len, StandardCharsets.UTF_8), false);
        }
    }

    /** Editors on Windows start UTF-8 files with EF BB BF; it is an encoding mark, not text. */
    private void skipByteOrderMark() throws IOException {
        if (bomChecked) {
            return;
        }
        bomChecked = true;
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (start.length < 3 || (start[0] & 0xff) != 0xEF || (start[1] & 0xff) != 0xBB || (start[2] & 0xff) != 0xBF) {
            in.reset();
        }
    }

    /** The rest of the input as bytes, undecoded: for a binary format (PDF), read instead of lines. */
    public InputStream bytes() throws IOException {
        skipByteOrderMark();
        return in;
    }

    /**
     * The rest of the input as one character stream, for formats whose records span lines. Lines that
     * are not valid UTF-8 are reported to {@code listener} and passed on with U+FFFD for the bad bytes.
     */
    public Reader asReader(ReadListener listener) {
        return new Reader() {
            private String current = "";
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                while (pos >= current.length()) {
                    Line line = next();
                    if (line == null) {
                        return -1;
                    }
                    if (!line.valid()) {
                        listener.problem(where(line.number()), "not valid UTF-8; bad bytes replaced");
                    }
                    current = line.text() + "\n";
                    pos = 0;
                }
                int n = Math.min(len, current.length() - pos);
                current.getChars(pos, pos + n, cbuf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                LineInput.this.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
