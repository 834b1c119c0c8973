package org.nrmtracker.query.readiness;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Every data endpoint answers 503 until the read models are complete ({@link ReadModelsComplete}): a list or a
 * statistic computed from part of the referrals is worse than none (docs/api.md §1). An interceptor, so it runs after
 * the security chain: a request without a valid token is still a 401, one without the scope a 403. Not guarded: the
 * audit endpoints, which read the event store itself (§6), and the administration of rebuilds (§7).
 */
@Component
class BuildingGuard implements HandlerInterceptor, WebMvcConfigurer {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final String GUARDED = "/api/v1/";
    private static final String[] NOT_GUARDED = {"/api/v1/audit/", "/api/v1/admin/"};

    private final ReadModelsComplete readModels;

    BuildingGuard(ReadModelsComplete readModels) {
        this.readModels = readModels;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(GUARDED + "**")
                .excludePathPatterns(Arrays.stream(NOT_GUARDED).map(path -> path + "**").toArray(String[]::new));
    }

    /** Whether requests to this path, or under it, are guarded. */
    static boolean guards(String path) {
        String under = path.endsWith("/") ? path : path + "/";
        return under.startsWith(GUARDED) && Arrays.stream(NOT_GUARDED).noneMatch(under::startsWith);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<ModelProgress> progress = readModels.progress();
        if (!ReadModelsComplete.allComplete(progress)) {
            throw new ReadModelsBuilding(progress, RETRY_AFTER);
        }
        return true;
    }
}
