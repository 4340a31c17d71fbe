package org.papergraph.extractor.read;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 128 bits of SHA-256 over a text's UTF-16 code units (lone surrogates included, which UTF-8 would blur): equal
 * digests mean equal texts, for remembering which texts were seen in 32 bytes instead of the text.
 */
record TextDigest(long high, long low) {

    static TextDigest of(String text) {
        ByteBuffer units = ByteBuffer.allocate(text.length() * 2);
        units.asCharBuffer().put(text);
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(units.array()));
            return new TextDigest(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
