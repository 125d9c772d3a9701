package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies without a Content-Type on writes ({@link RequiredBody} refuses missing ones), and bodies above {@code dictum.api.max-body-bytes} (import uploads:
 * {@code dictum.import.max-upload-bytes}): at once when
 * the declared length is too large, and while reading when the body is sent without a length.
 */
@Provider
@PreMatching
public class RequestBodyGuard implements ContainerRequestFilter {


    @Inject
    @ConfigProperty(name = "dictum.api.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    /** Import uploads ({@code POST /api/imports}) may be larger: whole archives of articles. */
    @Inject
    @ConfigProperty(name = "dictum.import.max-upload-bytes", defaultValue = "1073741824")
    long maxUploadBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBodyBytes = isImportUpload(request) ? maxUploadBytes : this.maxBodyBytes;
        if (RequiredBody.WRITES.contains(request.getMethod()) && request.getMediaType() == null && request.getLength() > 0) {
            throw new NotSupportedException("The request has a body but no Content-Type; send it as application/json"
                    + " (or the type the endpoint documents)");
        }
        RequiredBody.standInForMissing(request);
        if (request.getLength() > maxBodyBytes) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBodyBytes));
    }

    private static boolean isImportUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "POST".equals(request.getMethod()) && path.replaceAll("^/+|/+$", "").equals("imports");
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
