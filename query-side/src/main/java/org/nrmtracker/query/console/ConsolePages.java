package org.nrmtracker.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.nrmtracker.platform.security.Caller;
import org.nrmtracker.platform.security.SignedInSessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console's pages (docs/console.md), Thymeleaf templates under {@code templates/console} sharing one layout,
 * with one ES module each; and who is signed in, for the navigation each person's scopes allow. Not part of the
 * API, so not in its description.
 */
@Hidden
@Controller
class ConsolePages {

    static final String SESSION = "/console/session";
    /** Every path of the console's own chain ({@link ConsoleSecurity}); the API's are the platform chain's. */
    static final String[] PATHS = {"/", "/analysis/**", "/caseload", "/referrals/**", "/audit/**", "/admin/**",
            "/console/**", "/webjars/**"};

    private final SignedInSessions sessions;
    private final JwtDecoder tokens;
    private final JwtAuthenticationConverter authorities = new JwtAuthenticationConverter();

    ConsolePages(SignedInSessions sessions, JwtDecoder tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping("/")
    String home() {
        return "console/home";
    }

    @GetMapping("/analysis/{page:waits|survival|backlog|decisions}")
    String analysis(@PathVariable String page) {
        return "console/" + page;
    }

    @GetMapping("/audit/{page:events|integrity|timeline}")
    String audit(@PathVariable String page) {
        return "console/audit-" + page;
    }

    @GetMapping("/admin/read-models")
    String admin() {
        return "console/admin";
    }

    /** The providers' pages: the caseload with the search by subjectRef, recording a referral, one referral. */
    @GetMapping("/caseload")
    String caseload() {
        return "console/caseload";
    }

    @GetMapping("/referrals/new")
    String newReferral() {
        return "console/referral-new";
    }

    @GetMapping("/referrals/{referralId:[0-9a-fA-F-]{36}}")
    String referral(@PathVariable String referralId) {
        return "console/referral";
    }

    @GetMapping("/console/signed-out")
    String signedOut() {
        return "console/signed-out";
    }

    /** The signed-in person's name, scopes and organisation, as their access token says; 401 when it is gone. */
    @GetMapping(SESSION)
    @ResponseBody
    ResponseEntity<SignedInPerson> session(HttpServletRequest request) {
        String token = sessions.accessToken(request);
        if (token == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        try {
            Caller caller = Caller.of(authorities.convert(tokens.decode(token)));
            return ResponseEntity.ok(SignedInPerson.of(ConsoleSessions.signedIn(request).getName(), caller));
        } catch (JwtException expiredOrRefused) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
    }
}
