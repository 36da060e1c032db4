"""Property tests: cleaning never crashes, is idempotent, and never drops a content sentence."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import languages
from pipeline.boilerplate import load_rules
from pipeline.clean import clean_article
from pipeline.config import default_config
from pipeline.errors import BadArticle
from pipeline.normalize import fold_for_matching, normalize_line, words
from pipeline.readers.base import RawArticle, split_lines
from pipeline.readers.plain import plain_units

RULES = load_rules(Path("/nonexistent-project"), [])
CFG = default_config()
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

ARABIC_WORDS = ["كازاخستان", "السياسة", "الخارجية", "التعاون", "الدولي", "أستانا", "قمة",
                "الأمم", "المتحدة", "السلام", "الاستقرار", "في", "من", "على", "عام", "2024",
                "١٩٩١", "3.5", "15%", "CICA", "(SCO)", "و", "د.", "الرئيس", "توكاييف"]
BIDI_AND_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c" \
                 "\u064b\u064e\u0651\u0640\u00a0\u200b\ufeff"

any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                   max_size=400)
noisy_text = st.lists(st.sampled_from(list(BIDI_AND_MARKS + " .،:؛؟!\"“”«»()-–") + ARABIC_WORDS),
                      max_size=60).map("".join)


def _clean_text(text: str):
    lines, style = split_lines(text)
    units, blanks = plain_units(lines)
    raw = RawArticle(Path("prop.txt"), "UTF-8", style, units, len(lines), blanks)
    return clean_article(raw, CFG, RULES, "p")


@SETTINGS
@given(st.one_of(any_text, noisy_text))
def test_normalisation_is_idempotent(text):
    once = normalize_line(text)
    assert normalize_line(once) == once
    assert "\n" not in once and "  " not in once


PERSIAN_WORDS = ["می\u200cشود", "همکاری\u200cهای", "کشور", "ی", "ک", "۱۴۰۴", "تهران", "۔",
                 "ہے", "\u200c", "\u200d", "т.е.", "U.S.", "«Эмираты»", "Astana", "АСТАНА"]
multilingual_text = st.lists(
    st.sampled_from(list(BIDI_AND_MARKS + " .،:؛؟!\"“”«»()-–") + ARABIC_WORDS + PERSIAN_WORDS),
    max_size=60).map("".join)


@SETTINGS
@given(st.one_of(any_text, multilingual_text),
       st.sampled_from(["ar", "fa", "ur", "ru", "en", "fr", "tr", "de"]),
       st.sampled_from(["keep", "western", "arabic-indic"]))
@example("0،0", "ar", "arabic-indic")  # digits made Arabic after the spacing rules had run
@example("0ـ0", "ar", "arabic-indic")  # ...and after the tatweel rule
def test_normalisation_is_idempotent_in_every_language(text, code, digits):
    lang = languages.get(code)
    once = normalize_line(text, digits, language=lang)
    assert normalize_line(once, digits, language=lang) == once
    assert "\n" not in once and "  " not in once


HALF_SPACED = ["می\u200cشود", "همکاری\u200cهای", "نشست\u200cها", "سه\u200cشنبه", "کشور", "ایران"]


@SETTINGS
@given(st.lists(st.sampled_from(HALF_SPACED), min_size=1, max_size=20),
       st.lists(st.sampled_from([" ", "  ", "\u00a0", " \u200b", "\u200f ", " \u200c"]),
                min_size=1, max_size=4),
       st.sampled_from(["fa", "ur"]))
def test_persian_and_urdu_half_spaces_are_never_lost(ws, gaps, code):
    text = "".join(w + gaps[i % len(gaps)] for i, w in enumerate(ws))
    once = normalize_line(text, language=languages.get(code))
    assert once == " ".join(ws)
    assert once.count("\u200c") == sum(w.count("\u200c") for w in ws)


@SETTINGS
@given(st.lists(st.one_of(any_text, noisy_text, st.text(max_size=3000)), max_size=12))
def test_cleaning_never_crashes_and_accounts_for_every_line(lines):
    text = "\n".join(lines)
    try:
        article = _clean_text(text)
    except BadArticle:
        return
    n = len(split_lines(text)[0])
    assert [r.line for r in article.lines] == list(range(1, n + 1))


sentence = st.lists(st.sampled_from(ARABIC_WORDS), min_size=4, max_size=18).map(
    lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@SETTINGS
@given(st.lists(paragraph, min_size=1, max_size=8),
       st.lists(st.sampled_from(["", "\u200f", "\u00a0", "  "]), min_size=1, max_size=3))
def test_no_content_sentence_is_dropped_and_cleaning_is_idempotent(paragraphs, noise):
    text = "عنوان المقال\n" + "\n".join(noise[i % len(noise)] + p for i, p in
                                         enumerate(paragraphs))
    article = _clean_text(text)
    kept = fold_for_matching(" ".join(b.text for b in article.blocks))
    for p in paragraphs:
        for w in words(p):
            assert fold_for_matching(w) in kept
        assert fold_for_matching(p) in kept
    # Cleaning what cleaning kept changes no text.
    again = _clean_text("\n".join(b.text for b in article.blocks))
    assert [b.text for b in again.blocks] == [b.text for b in article.blocks]


@SETTINGS
@given(any_text)
def test_config_reader_never_crashes(text):
    import tomllib

    from pipeline.config import load_config
    from pipeline.errors import PipelineError

    folder = Path(__import__("tempfile").mkdtemp())
    (folder / "dossier.toml").write_text(text, encoding="utf-8")
    try:
        load_config(folder)
    except PipelineError:
        pass
    except tomllib.TOMLDecodeError:  # pragma: no cover - must be wrapped
        raise AssertionError("raw TOML error escaped") from None
