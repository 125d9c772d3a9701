package org.dictum.bench.actors;

import java.time.LocalDate;
import java.util.Set;

/**
 * One Reuters-21578 story with its gold categories.
 *
 * @param places country codes ("usa", "west-germany")
 * @param people person codes ("james-baker", "reagan")
 * @param orgs   organisation codes ("imf", "ec")
 */
public record ReutersStory(String id, String title, String body, LocalDate date, Set<String> places, Set<String> people,
                    Set<String> orgs) {

    public ReutersStory {
        places = Set.copyOf(places);
        people = Set.copyOf(people);
        orgs = Set.copyOf(orgs);
    }
}
