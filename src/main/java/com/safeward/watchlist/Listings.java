package com.safeward.watchlist;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.DataScope;

interface Listings extends ListCrudRepository<Listing, Long> {

    /** The listing if the caller's data scope includes its hospital; 404 otherwise (SUP-1). */
    default Listing visibleIn(long id, DataScope scope) {
        return findById(id).filter(listing -> scope.includes(listing.hospitalId()))
                .orElseThrow(() -> new NotFound("listing", id));
    }

    @Query("select count(*) > 0 from watchlist_persons where hospital_id = :hospitalId and document_hash = :documentHash "
            + "and status in ('PROPOSED', 'ACTIVE', 'DELISTING_PROPOSED')")
    boolean isListed(long hospitalId, String documentHash);

    /** WL-7: the screened listings whose date has passed. */
    @Query("select * from watchlist_persons where status in ('ACTIVE', 'DELISTING_PROPOSED') and valid_until < :today")
    List<Listing> findExpiredOn(java.time.LocalDate today);
}
