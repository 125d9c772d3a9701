package org.dictum.search.export;

/** Writes exported rows one at a time to a stream; {@link #finish()} flushes what is buffered. */
interface RowWriter<R> {

    void write(R row);

    void finish();
}
