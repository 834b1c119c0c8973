package org.nrmtracker.command.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The request with its body already read (to fingerprint it), readable once more by the handler. */
final class ReplayableRequest extends HttpServletRequestWrapper {

    private final SpooledBody body;

    ReplayableRequest(HttpServletRequest request, SpooledBody body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream in = body.open();
        long size = body.size();
        return new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    read++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    read += n;
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return read >= size;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body is already buffered");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
