package org.dictum.domain.extraction;

/** The byte order mark a text may open with, which names its encoding before any declaration does. */
public final class ByteOrderMark {

    /** Bytes of the UTF-8 mark, which a decoder leaves in the text unless skipped. */
    public static final int UTF_8_LENGTH = 3;

    private ByteOrderMark() {
    }

    public static boolean isUtf8(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF);
    }

    /** Either byte order of UTF-16, which Java's UTF-16 decoder reads by the mark. */
    public static boolean isUtf16(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
