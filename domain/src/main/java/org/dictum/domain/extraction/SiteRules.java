package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Per-site rules for templates the generic scoring gets wrong: selectors to drop and the element that holds the
 * article body, by host. The rules are data ({@code site-rules.txt}); see that file for the format.
 */
final class SiteRules {

    private enum Action { DROP, BODY }

    private record Rule(String host, Action action, String selector) {
    }

    private final List<Rule> rules;

    SiteRules(List<String> lines) {
        List<Rule> parsed = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException("Site rule needs <host> <action> <selector>: " + line);
            }
            Action action = switch (parts[1]) {
                case "drop" -> Action.DROP;
                case "body" -> Action.BODY;
                default -> throw new IllegalArgumentException("Unknown site rule action: " + line);
            };
            parsed.add(new Rule(normalisedHost(parts[0]), action, parts[2].strip()));
        }
        this.rules = List.copyOf(parsed);
    }

    static SiteRules standard() {
        return new SiteRules(ResourceLines.read("site-rules.txt"));
    }

    static SiteRules none() {
        return new SiteRules(List.of());
    }

    /** Removes what the host's drop rules select. */
    void dropFurniture(Document document, String host) {
        for (Rule rule : rulesFor(host, Action.DROP)) {
            document.select(rule.selector()).remove();
        }
    }

    /** The element the host's body rule selects, if it has one and the page has that element. */
    Optional<Element> body(Document document, String host) {
        for (Rule rule : rulesFor(host, Action.BODY)) {
            Element body = document.selectFirst(rule.selector());
            if (body != null) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    private List<Rule> rulesFor(String host, Action action) {
        if (host == null || host.isBlank()) {
            return List.of();
        }
        String pageHost = normalisedHost(host);
        return rules.stream()
                .filter(rule -> rule.action() == action)
                .filter(rule -> pageHost.equals(rule.host()) || pageHost.endsWith("." + rule.host()))
                .toList();
    }

    private static String normalisedHost(String host) {
        return host.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
