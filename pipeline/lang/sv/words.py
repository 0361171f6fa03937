"""How the labeller splits Swedish text into words: the rules of spaCy's blank Swedish
tokenizer (spaCy 3.8), so that every word reads as it did when spaCy tokenized it.

A stretch is split at whitespace; from each piece, punctuation is cut off its start (PREFIXES)
and end (SUFFIXES) until none is left, then it is split inside (INFIXES: "EU-stöd" stays whole,
"FN:s" does not). A piece that is a special case ("bl.a.", "t.ex.", "S:t", "okt.") or a web
address is kept whole. The patterns are `regex` patterns in its version 1 syntax (nested sets).

The letter classes are spaCy's as far as Latin, Greek and Cyrillic go; letters of the Latin
phonetic extensions, Tifinagh and half-width katakana are told apart by Unicode here, not by
spaCy's lists, which leave some of them out.
"""

# Letters of scripts without case: spaCy counts them as both lower and upper case.
_UNCASED = r"[\p{Lo}--[ªºƻǀ-ǃʔʕ]]"
_CYRILLIC_LOWER = "ёа-яәөүҗңһєіїґѓѕјљњќѐѝ"
_CYRILLIC_UPPER = "ЁА-ЯӘӨҮҖҢҺЄІЇҐЃЅЈЉЊЌЀЍ"
_GREEK_LOWER = "α-ωάέίόώήύ"
_GREEK_UPPER = "Α-ΩΆΈΊΌΏΉΎ"

# Character classes, written to stand inside [...].
LOWER = r"[\p{Latin}&&\p{Ll}]ʔ" + _CYRILLIC_LOWER + _GREEK_LOWER + _UNCASED
UPPER = r"[\p{Latin}&&\p{Lu}]" + _CYRILLIC_UPPER + _GREEK_UPPER + _UNCASED
LETTER = (r"[[\p{Latin}&&\p{L}]--[ªºǀ-ǃʰ-ʸˠ-ˤ]]" + _CYRILLIC_LOWER + _CYRILLIC_UPPER
          + _GREEK_LOWER + _GREEK_UPPER + _UNCASED)
SYMBOL = r"\p{So}"     # dingbats, emoji, "°", "©"

PUNCTUATION = ["…", "……", ",", ":", ";", r"\!", r"\?", "¿", "؟", "¡", r"\(", r"\)", r"\[", r"\]",
               r"\{", r"\}", "<", ">", "_", "#", r"\*", "&", "。", "？", "！", "，", "、", "；",
               "：", "～", "·", "।", "،", "۔", "؛", "٪"]
ELLIPSES = [r"\.\.+", "…"]
QUOTES = [r"\'", '"', "”", "“", "`", "‘", "´", "’", "‚", ",", "„", "»", "«", "「", "」", "『",
          "』", "（", "）", "〔", "〕", "【", "】", "《", "》", "〈", "〉", "〈", "〉", "⟦", "⟧"]
CURRENCIES = [r"\$", "£", "€", "¥", "฿", r"US\$", r"C\$", r"A\$", "₽", "﷼", "₴", "₠", "₡", "₢",
              "₣", "₤", "₥", "₦", "₧", "₨", "₩", "₪", "₫", "€", "₭", "₮", "₯", "₰", "₱", "₲",
              "₳", "₴", "₵", "₶", "₷", "₸", "₹", "₺", "₻", "₼", "₽", "₾", "₿"]
# Units cut off a number's end ("30km", "5%"); "тбكم" is one word in spaCy's list too.
UNITS = ["km", "km²", "km³", "m", "m²", "m³", "dm", "dm²", "dm³", "cm", "cm²", "cm³", "mm", "mm²",
         "mm³", "ha", "µm", "nm", "yd", "in", "ft", "kg", "g", "mg", "µg", "t", "lb", "oz", "m/s",
         "km/h", "kmh", "mph", "hPa", "Pa", "mbar", "mb", "MB", "kb", "KB", "gb", "GB", "tb", "TB",
         "T", "G", "M", "K", "%", "км", "км²", "км³", "м", "м²", "м³", "дм", "дм²", "дм³", "см",
         "см²", "см³", "мм", "мм²", "мм³", "нм", "кг", "г", "мг", "м/с", "км/ч", "кПа", "Па",
         "мбар", "Кб", "КБ", "кб", "Мб", "МБ", "мб", "Гб", "ГБ", "гб", "Тб", "ТБ", "тбكم", "كم²",
         "كم³", "م", "م²", "م³", "سم", "سم²", "سم³", "مم", "مم²", "مم³", "كم", "غرام", "جرام", "جم",
         "كغ", "ملغ", "كوب", "اكواب"]

_QUOTE = "".join(QUOTES)
_PUNCT = "|".join(PUNCTUATION)    # "|" stands in the class below too, as in spaCy's

PREFIXES = (["§", "%", "=", "—", "–", r"\+(?![0-9])"] + PUNCTUATION + ELLIPSES + QUOTES
            + CURRENCIES + ["[" + SYMBOL + "]"])

# Swedish keeps the "'s" of a genitive ("Ericsson's") but cuts a closing quote, except after
# an s, x or z, where the apostrophe is the genitive ("Mats' bil").
SUFFIXES = (PUNCTUATION + ELLIPSES + [q for q in QUOTES if q != r"\'"] + ["[" + SYMBOL + "]"]
            + ["—", "–",
               r"(?<=[0-9])\+",
               r"(?<=°[FfCcKk])\.",
               r"(?<=[0-9])(?:" + "|".join(CURRENCIES) + ")",
               r"(?<=[0-9])(?:" + "|".join(UNITS) + ")",
               r"(?<=[0-9" + LOWER + r"%²\-\+" + _PUNCT + "(?:" + _QUOTE + r")])\.",
               r"(?<=[" + UPPER + "][" + UPPER + r"])\.",
               r"(?<=[^sSxXzZ])\'"])

_INNER_QUOTE = _QUOTE.replace("'", "")
# spaCy's infixes, but those that take one character or "--" between two letters ("[,!?]",
# "[<>=]", ",", a quote or a bracket) as one: no two of them take the same text but the comma,
# which "[,!?]" takes first, and the colon between capitals, which came between them, takes
# none of theirs, so a piece finds the same infixes; and the letter class, which costs a
# millisecond to compile, is compiled twice instead of ten times.
INFIXES = ELLIPSES + ["[" + SYMBOL + "]",
                      r"(?<=[" + LOWER + r"])\.(?=[" + UPPER + "])",
                      r"(?<=[" + UPPER + "]):(?=[" + UPPER + "])",
                      r"(?<=[" + LETTER + "])(?:[,!?<>=" + _INNER_QUOTE + r"\)\]\(\[]|--)(?=[" + LETTER + "])",
                      r"(?<=[" + LETTER + "0-9])[<>=/](?=[" + LETTER + "])",
                      r"(?<=[" + UPPER + "0-9]):(?=[" + UPPER + "])"]

# A web address is one word: "regeringen.se/pressmeddelanden", "https://www.scb.se".
URL = (r"^(?:(?:[\w\+\-\.]{2,})://)?(?:\S+(?::\S*)?@)?(?:"
       r"(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})"
       r"(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})"
       r"(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}"
       r"(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|"
       r"(?:(?:[A-Za-z0-9\u00a1-\uffff][A-Za-z0-9\u00a1-\uffff_-]{0,62})?[A-Za-z0-9\u00a1-\uffff]\.)+"
       r"(?:[" + LOWER + r"]{2,63}))(?::\d{2,5})?(?:[/?#]\S*)?$")

# Special cases: pieces kept whole, whatever the rules above would cut.
# Abbreviations, each also with a final period and capitalized ("Bl.a.", "Kr.").
ABBREVIATED_WORDS = ["ang", "anm", "bl.a", "d.v.s", "doc", "dvs", "e.d", "e.kr", "el.", "eng", "etc",
                     "exkl", "ev", "f.", "f.d", "f.kr", "f.n", "f.ö", "fid", "fig", "forts", "fr.o.m",
                     "förf", "inkl", "iofs", "jur.", "kap", "kl", "kor.", "kr", "kungl", "lat", "m.a.o",
                     "m.fl", "m.m", "max", "milj", "min.", "mos", "mt", "mvh", "o.d", "o.s.v", "obs",
                     "osv", "p.g.a", "proc", "prof", "ref", "resp", "s.a.s", "s.k", "s.t", "sid",
                     "t.ex", "t.h", "t.o.m", "t.v", "tel", "ung.", "vol", "v.", "äv", "övers"]
# Months and weekdays ("jul." and "sön." are left out: "juli" or "jul", "söndag" or "söner").
DATE_ABBREVIATIONS = ["jan.", "febr.", "feb.", "apr.", "jun.", "aug.", "sept.", "sep.", "okt.",
                      "nov.", "dec.", "mån.", "tis.", "ons.", "tors.", "fre.", "lör."]
CASED_WORDS = ["sthlm", "gbg", "AB", "Dr.", "H.M.", "H.K.H.", "m/s", "M/S", "Ph.d.", "S:t", "s:t"]
# Spoken forms with "du" cliticized: "köru" is "kör" + "u".
CLITIC_VERBS = ["driver", "kör", "hörr", "fattar", "hajar", "lever", "serr", "fixar"]
# A sentence that ends in "i." or "m." ("… än 2000 m.") ends there: two words.
SPLIT_WORDS = {"i.": ("i", "."), "m.": ("m", "."),
               "°C.": ("°", "C", "."), "°F.": ("°", "F", "."), "°K.": ("°", "K", "."),
               "°c.": ("°", "c", "."), "°f.": ("°", "f", "."), "°k.": ("°", "k", ".")}
# Whitespace, single letters with a period, emoticons and the like, in every language.
UNSPLIT_WORDS = [
    '\t', '\n', ' ', "'", "''", '(*_*)', '(-8', '(-:', '(-;', '(-_-)', '(._.)', '(:', '(;', '(=',
    '(>_<)', '(^_^)', '(o:', '(¬_¬)', '(ಠ_ಠ)', '(╯°□°）╯︵┻━┻', ')-:', '):', '-_-', '-__-', '._.',
    '0.0', '0.o', '0_0', '0_o', '8)', '8-)', '8-D', '8D', ":'(", ":')", ":'-(", ":'-)", ':(',
    ':((', ':(((', ':()', ':)', ':))', ':)))', ':*', ':-(', ':-((', ':-(((', ':-)', ':-))',
    ':-)))', ':-*', ':-/', ':-0', ':-3', ':->', ':-D', ':-O', ':-P', ':-X', ':-]', ':-o', ':-p',
    ':-x', ':-|', ':-}', ':/', ':0', ':1', ':3', ':>', ':D', ':O', ':P', ':X', ':]', ':o', ':o)',
    ':p', ':x', ':|', ':}', ';)', ';-)', ';-D', ';D', ';_;', '<.<', '</3', '<3', '<33', '<333',
    '<space>', '=(', '=)', '=/', '=3', '=D', '=[', '=]', '=|', '>.<', '>.>', '>:(', '>:o',
    '><(((*>', '@_@', 'C++', 'O.O', 'O.o', 'O_O', 'O_o', 'V.V', 'V_V', 'XD', 'XDD', '[-:', '[:',
    '[=', '\\")', '\\n', '\\t', ']=', '^_^', '^__^', '^___^', 'a.', 'b.', 'c.', 'd.', 'e.', 'f.',
    'g.', 'h.', 'j.', 'k.', 'l.', 'n.', 'o.', 'o.0', 'o.O', 'o.o', 'o_0', 'o_O',
    'o_o', 'p.', 'q.', 'r.', 's.', 't.', 'u.', 'v.', 'v.v', 'v_v', 'w.', 'x.', 'xD', 'xDD', 'y.',
    'z.', '\xa0', '¯\\(ツ)/¯', 'ä.', 'ö.', 'ü.', 'ಠ_ಠ', 'ಠ︵ಠ', '—',
]
# Each special case with an apostrophe stands with a typographic one too (":’(").
APOSTROPHES = ("'", "’")
