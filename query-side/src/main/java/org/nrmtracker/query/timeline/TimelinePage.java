package org.nrmtracker.query.timeline;

import java.util.List;

/**
 * One page of timeline summaries (docs/api.md §4.2), newest referral first.
 *
 * @param page          zero-based page number asked for
 * @param size          page size asked for; {@code content} holds fewer on the last page, none beyond it
 * @param totalElements referrals matching the filters
 * @param totalPages    pages of {@code size} those make
 */
public record TimelinePage(List<Timeline> content, int page, int size, long totalElements, long totalPages) {
}
