package pl.innowacje.katalog.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The queries people send, made from the generated catalogue's own words: single words, inflected forms, two-word
 * phrases, words typed without diacritics and two-word searches, each with 0–3 facet filters.
 */
final class QueryMix {

    record Query(String kind, String text, Map<String, List<String>> filters) {

        String parameters() {
            StringBuilder sb = new StringBuilder("q=").append(encode(text));
            filters.forEach((k, vs) -> vs.forEach(v -> sb.append('&').append(k).append('=').append(encode(v))));
            return sb.toString();
        }

        private static String encode(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static final String[] AREAS = {"zatrudnienie-i-integracja-spoleczna", "edukacja-i-szkolnictwo-wyzsze",
            "dobre-rzadzenie", "adaptacyjnosc"};

    private QueryMix() {
    }

    static List<Query> build(List<String> titles, Map<String, List<String>> codes, int count) {
        Random r = new Random(11);
        List<String[]> words = titles.stream().map(t -> t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length >= 2).toList();
        List<Query> out = new ArrayList<>();
        String[] kinds = {"word", "inflected", "phrase", "folded", "two-words"};
        for (int i = 0; i < count; i++) {
            String kind = kinds[i % kinds.length];
            String[] title = words.get(r.nextInt(words.size()));
            String text = switch (kind) {
                case "word" -> longest(title, r);
                case "inflected" -> inflected(title, r);
                case "phrase" -> {
                    int at = r.nextInt(title.length - 1);
                    yield "\"" + title[at] + " " + title[at + 1] + "\"";
                }
                case "folded" -> fold(withDiacritics(title, r));
                default -> longest(title, r) + " " + longest(words.get(r.nextInt(words.size())), r);
            };
            out.add(new Query(kind, text, filters(r, codes, i % 4)));
        }
        return out;
    }

    /** {@code count} distinct queries (two built alike count once), in the order built; fewer only if no more exist. */
    static List<Query> distinct(List<String> titles, Map<String, List<String>> codes, int count) {
        Map<String, Query> byParameters = new LinkedHashMap<>();
        for (Query q : build(titles, codes, count * 3)) {
            if (byParameters.size() == count) {
                break;
            }
            byParameters.putIfAbsent(q.parameters(), q);
        }
        return List.copyOf(byParameters.values());
    }

    /**
     * {@code draws} items drawn with Zipf's law, as real traffic asks: the item at rank k (in the list's order) in
     * proportion to 1 / k^s, so a few are asked very often and most rarely.
     */
    static <T> List<T> zipf(List<T> items, int draws, double s, long seed) {
        double[] cumulative = new double[items.size()];
        double sum = 0;
        for (int k = 0; k < items.size(); k++) {
            sum += 1 / Math.pow(k + 1, s);
            cumulative[k] = sum;
        }
        Random r = new Random(seed);
        List<T> out = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            int at = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * sum);
            out.add(items.get(Math.min(items.size() - 1, at < 0 ? -at - 1 : at)));
        }
        return out;
    }

    private static Map<String, List<String>> filters(Random r, Map<String, List<String>> codes, int n) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        String[] dims = {"area", "user", "problem", "region"};
        for (int i = 0; i < n; i++) {
            String dim = dims[(i + r.nextInt(dims.length)) % dims.length];
            List<String> values = switch (dim) {
                case "area" -> List.of(AREAS);
                case "user" -> codes.get("users");
                case "problem" -> codes.get("problems");
                default -> codes.get("regions");
            };
            // Popular values, as people pick them.
            f.putIfAbsent(dim, List.of(values.get((int) (values.size() * Math.pow(r.nextDouble(), 2)))));
        }
        return f;
    }

    private static String longest(String[] words, Random r) {
        String best = words[0];
        for (String w : words) {
            if (w.length() > best.length() || (w.length() == best.length() && r.nextBoolean())) {
                best = w;
            }
        }
        return best;
    }

    private static String inflected(String[] words, Random r) {
        for (String w : words) {
            if (w.matches(".{4,}(ych|ami|ego|emu|owi|ach|ów|ej)")) {
                return w;
            }
        }
        return longest(words, r);
    }

    private static String withDiacritics(String[] words, Random r) {
        for (String w : words) {
            if (w.length() >= 5 && !fold(w).equals(w)) {
                return w;
            }
        }
        return longest(words, r);
    }

    static String fold(String s) {
        return Normalizer.normalize(s.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
