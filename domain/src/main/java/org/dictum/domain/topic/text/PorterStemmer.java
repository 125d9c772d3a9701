package org.dictum.domain.topic.text;

/**
 * M. F. Porter's suffix-stripping algorithm (1980) for English, so that "elections", "elected"
 * and "electing" meet as "elect". Expects lower-case ASCII letters; other words come back unchanged.
 * Not thread-safe state is kept per call, so one instance may be shared.
 */
public final class PorterStemmer {

    /** The stem of a lower-case word; words of one or two letters and non-ASCII words are returned as they are. */
    public String stem(String word) {
        if (word.length() <= 2 || !isLowerAscii(word)) {
            return word;
        }
        return new Run(word).stem();
    }

    private static boolean isLowerAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One word being stemmed: {@code b[0..k]} is the current word, {@code j} marks a suffix's start. */
    private static final class Run {

        private char[] b;
        private int k;
        private int j;

        Run(String word) {
            b = word.toCharArray();
            k = b.length - 1;
        }

        String stem() {
            step1ab();
            if (k > 0) {
                step1c();
                step2();
                step3();
                step4();
                step5();
            }
            return new String(b, 0, k + 1);
        }

        private boolean isConsonant(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    return i == 0 || !isConsonant(i - 1);
                default:
                    return true;
            }
        }

        /** The number of vowel-consonant sequences in {@code b[0..j]}. */
        private int measure() {
            int n = 0;
            int i = 0;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!isConsonant(i)) {
                    break;
                }
                i++;
            }
            i++;
            while (true) {
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (isConsonant(i)) {
                        break;
                    }
                    i++;
                }
                i++;
                n++;
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (!isConsonant(i)) {
                        break;
                    }
                    i++;
                }
                i++;
            }
        }

        private boolean vowelInStem() {
            for (int i = 0; i <= j; i++) {
                if (!isConsonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int at) {
            return at >= 1 && b[at] == b[at - 1] && isConsonant(at);
        }

        /** Consonant-vowel-consonant ending at {@code i}, the last consonant not w, x or y ("hop", not "snow"). */
        private boolean cvc(int i) {
            if (i < 2 || !isConsonant(i) || isConsonant(i - 1) || !isConsonant(i - 2)) {
                return false;
            }
            char c = b[i];
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean ends(String suffix) {
            int length = suffix.length();
            int start = k - length + 1;
            if (start < 0) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (b[start + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            j = k - length;
            return true;
        }

        private void setTo(String replacement) {
            int length = replacement.length();
            if (j + 1 + length > b.length) {
                char[] larger = new char[j + 1 + length];
                System.arraycopy(b, 0, larger, 0, j + 1);
                b = larger;
            }
            for (int i = 0; i < length; i++) {
                b[j + 1 + i] = replacement.charAt(i);
            }
            k = j + length;
        }

        private void replaceIfMeasured(String replacement) {
            if (measure() > 0) {
                setTo(replacement);
            }
        }

        /** Plurals and -ed or -ing: caresses → caress, ponies → poni, agreed → agree, hopping → hop. */
        private void step1ab() {
            if (b[k] == 's') {
                if (ends("sses")) {
                    k -= 2;
                } else if (ends("ies")) {
                    setTo("i");
                } else if (b[k - 1] != 's') {
                    k--;
                }
            }
            if (ends("eed")) {
                if (measure() > 0) {
                    k--;
                }
            } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
                k = j;
                if (ends("at")) {
                    setTo("ate");
                } else if (ends("bl")) {
                    setTo("ble");
                } else if (ends("iz")) {
                    setTo("ize");
                } else if (doubleConsonant(k)) {
                    k--;
                    char c = b[k];
                    if (c == 'l' || c == 's' || c == 'z') {
                        k++;
                    }
                } else {
                    j = k;
                    if (measure() == 1 && cvc(k)) {
                        setTo("e");
                    }
                }
            }
        }

        /** Terminal y to i when there is another vowel in the stem. */
        private void step1c() {
            if (ends("y") && vowelInStem()) {
                b[k] = 'i';
            }
        }

        /** Double suffixes to single ones: -ization → -ize, -ational → -ate. */
        private void step2() {
            switch (b[k - 1]) {
                case 'a' -> {
                    if (ends("ational")) {
                        replaceIfMeasured("ate");
                    } else if (ends("tional")) {
                        replaceIfMeasured("tion");
                    }
                }
                case 'c' -> {
                    if (ends("enci")) {
                        replaceIfMeasured("ence");
                    } else if (ends("anci")) {
                        replaceIfMeasured("ance");
                    }
                }
                case 'e' -> {
                    if (ends("izer")) {
                        replaceIfMeasured("ize");
                    }
                }
                case 'l' -> {
                    if (ends("bli")) {
                        replaceIfMeasured("ble");
                    } else if (ends("alli")) {
                        replaceIfMeasured("al");
                    } else if (ends("entli")) {
                        replaceIfMeasured("ent");
                    } else if (ends("eli")) {
                        replaceIfMeasured("e");
                    } else if (ends("ousli")) {
                        replaceIfMeasured("ous");
                    }
                }
                case 'o' -> {
                    if (ends("ization")) {
                        replaceIfMeasured("ize");
                    } else if (ends("ation")) {
                        replaceIfMeasured("ate");
                    } else if (ends("ator")) {
                        replaceIfMeasured("ate");
                    }
                }
                case 's' -> {
                    if (ends("alism")) {
                        replaceIfMeasured("al");
                    } else if (ends("iveness")) {
                        replaceIfMeasured("ive");
                    } else if (ends("fulness")) {
                        replaceIfMeasured("ful");
                    } else if (ends("ousness")) {
                        replaceIfMeasured("ous");
                    }
                }
                case 't' -> {
                    if (ends("aliti")) {
                        replaceIfMeasured("al");
                    } else if (ends("iviti")) {
                        replaceIfMeasured("ive");
                    } else if (ends("biliti")) {
                        replaceIfMeasured("ble");
                    }
                }
                case 'g' -> {
                    if (ends("logi")) {
                        replaceIfMeasured("log");
                    }
                }
                default -> {
                }
            }
        }

        /** -ic-, -full, -ness and similar. */
        private void step3() {
            switch (b[k]) {
                case 'e' -> {
                    if (ends("icate")) {
                        replaceIfMeasured("ic");
                    } else if (ends("ative")) {
                        replaceIfMeasured("");
                    } else if (ends("alize")) {
                        replaceIfMeasured("al");
                    }
                }
                case 'i' -> {
                    if (ends("iciti")) {
                        replaceIfMeasured("ic");
                    }
                }
                case 'l' -> {
                    if (ends("ical")) {
                        replaceIfMeasured("ic");
                    } else if (ends("ful")) {
                        replaceIfMeasured("");
                    }
                }
                case 's' -> {
                    if (ends("ness")) {
                        replaceIfMeasured("");
                    }
                }
                default -> {
                }
            }
        }

        /** -ant, -ence and the like, in context {@code m > 1}. */
        private void step4() {
            if (k < 1) {
                return;
            }
            boolean found = switch (b[k - 1]) {
                case 'a' -> ends("al");
                case 'c' -> ends("ance") || ends("ence");
                case 'e' -> ends("er");
                case 'i' -> ends("ic");
                case 'l' -> ends("able") || ends("ible");
                case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
                case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
                case 's' -> ends("ism");
                case 't' -> ends("ate") || ends("iti");
                case 'u' -> ends("ous");
                case 'v' -> ends("ive");
                case 'z' -> ends("ize");
                default -> false;
            };
            if (found && measure() > 1) {
                k = j;
            }
        }

        /** A final -e, and -ll to -l, in context {@code m > 1}. */
        private void step5() {
            j = k;
            if (b[k] == 'e') {
                int m = measure();
                if (m > 1 || m == 1 && !cvc(k - 1)) {
                    k--;
                }
            }
            if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
                k--;
            }
        }
    }
}
