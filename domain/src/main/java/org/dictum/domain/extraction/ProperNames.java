package org.dictum.domain.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words shared by the name recognisers: the last words that make a capitalised name an organisation's, and the
 * titles that are also surnames.
 */
final class ProperNames {

    static final Set<String> ORGANISATION_WORDS = Set.of(
            "Post", "Times", "News", "Journal", "Magazine", "Press", "Party", "Committee", "Council", "Association",
            "Institute", "Foundation", "Center", "Centre", "Bank", "Fund", "Network", "Agency", "Department",
            "Ministry", "Court", "Union", "Corp.", "Corp", "Inc.", "Inc", "Group", "Campaign", "Service", "Bureau",
            "Office", "University", "College", "Commission", "Organization", "Organisation", "Federation", "League",
            "Coalition", "Caucus", "Club", "Project", "PAC", "Company", "Co.", "Ltd", "Ltd.", "Tribune", "Herald",
            "Review", "Gazette", "Monitor", "Daily", "Broadcasting", "Television", "Radio", "Reuters", "Guardian",
            "Telegraph", "Independent", "Observer", "Economist", "Examiner", "Report", "Institution", "Society",
            "Board", "Authority", "Administration", "Congress", "Senate", "House", "Parliament", "Assembly", "Airlines",
            "Motors", "Industries", "Holdings", "Systems", "Technologies", "Enterprises", "Partners", "Capital",
            "Securities", "Trust", "Exchange", "Reserve", "Treasury", "Forces", "Army", "Navy", "Police",
            "Church", "Ministries", "Corporation", "Incorporated", "Limited", "PLC", "Plc", "AG", "SA", "NV", "Bancorp",
            "Co", "Cos", "GmbH", "LLC", "LLP", "AB", "SpA", "BV", "Oy", "Oyj", "ASA", "Bhd", "Pty", "Airways",
            "Railways", "Petroleum", "Mining", "Steel", "Chemicals", "Pharmaceuticals", "Laboratories", "Electronics",
            "Communications", "Telecommunications", "Resources", "Shipping", "Foods", "Products", "Stores", "Mills",
            "Embassy", "Consulate", "Chamber", "Express", "Mail", "Mirror", "Chronicle", "Globe", "Inquirer", "Bulletin",
            "Dispatch", "Courier", "Electric", "Dynamics", "Instruments", "Insurance", "Energy", "Oil", "Gas", "Chemical");

    /** The words of a company's legal form ("Plessey Co Plc", "Eastman Kodak Co"), to which "the company" refers. */
    private static final Set<String> BUSINESS_ENDINGS = Set.of("Markets", "International", "Brothers", "Bros");
    static final Set<String> COMPANY_FORMS = Set.of("Corp.", "Corp", "Inc.", "Inc", "Company", "Co.", "Co", "Cos",
            "Ltd", "Ltd.", "Corporation", "Incorporated", "Limited", "PLC", "Plc", "AG", "SA", "NV", "Bancorp", "GmbH",
            "LLC", "LLP", "Holdings", "Industries", "AB", "SpA", "BV", "Oy", "Oyj", "ASA", "Bhd", "Pty");

    /** "GM", "TWA", "S and P", "S&P": capitals alone, or single capitals joined by "and" or "&". */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,6}|\\p{Lu}{1,3}(?:\\s*(?:and|&|/)\\s*\\p{Lu}{1,3})+");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)the\\s+");

    /** Titles that are also surnames: after a given name they end a person's name ("Stephen King", "Alexander Pope"). */
    static final Set<String> SURNAME_TITLES = Set.of("King", "Pope");

    private ProperNames() {
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(word);
    }

    /**
     * "Bank", "Ltd", and the last words of a business's name besides those ("Merrill Lynch Capital Markets", "Salomon
     * Brothers International"): the word a body's name, not a person's, ends in.
     */
    static boolean endsBusinessName(String word) {
        return isOrganisationWord(word) || BUSINESS_ENDINGS.contains(word);
    }

    /** The letters of an abbreviation as written ("GM", "S and P", "S&P"), or null when the name is none. */
    static String initialsOf(String name) {
        return ABBREVIATION.matcher(name).matches() ? name.replaceAll("\\s+and\\s+|&|/|\\s+", "") : null;
    }

    /**
     * The abbreviation a body's full name makes: the first letters of its capitalised words, without its legal form
     * ("General Motors Corp" GM, "Standard and Poor's Corp" SP, "Securities and Exchange Commission" SEC).
     */
    static String abbreviationOf(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !isCompanyForm(word)) {
                letters.append(word.charAt(0));
            }
        }
        return letters.length() >= 2 ? letters.toString() : null;
    }

    static boolean isCompanyForm(String word) {
        return COMPANY_FORMS.contains(word);
    }

    static boolean isSurnameTitle(String word) {
        return SURNAME_TITLES.contains(word);
    }

    /** "Moody's" → "Moody", "Times’" → "Times": the word without its possessive ending. */
    static String withoutPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s’") ? word.substring(0, word.length() - 1) : word;
    }

    /** "the Bank of England" → "Bank of England": a name without a leading article. */
    static String withoutArticle(String phrase) {
        return LEADING_ARTICLE.matcher(phrase).replaceFirst("");
    }

    /** "Forbes’s", "Reuters's", "Times’": a name in the possessive. */
    static boolean isPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") || word.endsWith("s’");
    }
}
