package org.nrmtracker.command.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Caps request bodies (docs/api.md §1: 413). A declared length over the cap is refused before reading;
 * a chunked body is counted as it is read and fails once it passes the cap. The history import
 * streams its body line by line, so it has its own, much larger cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long importLimit;
    private final JsonMapper json;

    BodySizeLimitFilter(@Value("${nrm.http.max-body-bytes:65536}") long limit,
                        @Value("${nrm.import.max-body-bytes:2147483648}") long importLimit, JsonMapper json) {
        this.limit = limit;
        this.importLimit = importLimit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = request.getRequestURI().endsWith(":import") ? importLimit : limit;
        if (request.getContentLengthLong() > cap) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemTypes.BODY_TOO_LARGE, "The body is too large",
                    "A body on this endpoint may be at most " + cap + " bytes."));
            return;
        }
        chain.doFilter(new Capped(request, cap), response);
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) {
                return endOrTooLarge();
            }
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        // never reads past the cap, so every byte within it reaches the reader (an import applies each line that
        // ends within the cap) before a byte beyond it fails the read
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (count >= limit) {
                return endOrTooLarge();
            }
            int n = in.read(buffer, offset, (int) Math.min(length, limit - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }

        /** At the cap, the body may only end. */
        private int endOrTooLarge() throws IOException {
            if (in.read() < 0) {
                return -1;
            }
            throw new RequestBodyTooLarge(limit);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
