package org.dictum.search.imports.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * How the names of ZIP entries without the format's UTF-8 flag are read: as UTF-8 when they are (Info-ZIP and macOS
 * write UTF-8 names without the flag), else in IBM437, the code page the ZIP format names for them, which Windows'
 * "Send to compressed folder" writes. Read as UTF-8 only, the name {@code Über.txt} from Windows made
 * {@code ZipInputStream} throw "malformed input", and the import failed with no word of why. A name is only a
 * locator (and its extension); the files' content is decoded on its own.
 */
final class ZipEntryNames extends Charset {

    static final Charset CHARSET = new ZipEntryNames();

    private static final Charset IBM437 = Charset.forName("IBM437");

    private ZipEntryNames() {
        super("x-dictum-zip-entry-names", null);
    }

    @Override
    public boolean contains(Charset other) {
        return other == this;
    }

    @Override
    public boolean canEncode() {
        return false;
    }

    @Override
    public CharsetEncoder newEncoder() {
        throw new UnsupportedOperationException("ZIP entry names are only read");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1, 1) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                String name = nameOf(in.duplicate());
                if (out.remaining() < name.length()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(name);
                in.position(in.limit());
                return CoderResult.UNDERFLOW;
            }
        };
    }

    /** A whole name: ZipInputStream hands each one over at once. */
    private static String nameOf(ByteBuffer name) {
        try {
            return Utf8Files.strictDecoder().decode(name.duplicate()).toString();
        } catch (CharacterCodingException notUtf8) {
            return IBM437.decode(name).toString();
        }
    }
}
