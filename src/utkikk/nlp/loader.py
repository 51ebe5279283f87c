"""Load the shipped spaCy pipelines: one cached Language per language code.

Why one function: every later stage (actors, events) must see the same tokenisation,
tags and trees, and loading must never download anything. A missing model directory
falls back to a blank pipeline (sentencizer + simplemma lemmas) with a warning, so the
rest of the system still runs, only without trees or entities.
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from utkikk.nlp import ellipses, lemmas, line_breaks, tag_pos
from utkikk.nlp.registry import language_entry, model_path

log = logging.getLogger(__name__)


@cache
def load(lang: str) -> Language:
    """The pipeline for lang (nb, nn, da, sv, en); raises UnsupportedLanguage otherwise."""
    entry = language_entry(lang)
    path = model_path(lang)
    if not (path / "config.cfg").is_file():
        log.warning("no trained pipeline at %s; using a blank %s pipeline (no parser/NER)", path, lang)
        return blank(lang)
    nlp = spacy.load(path, config={"components": {lemmas.FACTORY: {"lang": entry["lemma_lang"]}}})
    _numpy_matmul(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        # the ruler's tag -> POS rules as one table look-up: the same parts of speech, at a
        # fraction of the cost (utkikk.nlp.tag_pos); a ruler with other rules stays
        mapping = tag_pos.from_ruler(nlp.get_pipe("attribute_ruler"))
        if mapping:
            nlp.replace_pipe("attribute_ruler", tag_pos.FACTORY, config={"mapping": mapping})
    if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        # punctuation decides sentences before the parser runs: a parser left to itself splits
        # sentences at any second root ("... og ba | Moskva trekke styrkene tilbake")
        nlp.add_pipe("sentencizer", before="parser")
    if "sentencizer" in nlp.pipe_names:
        nlp.add_pipe(line_breaks.FACTORY, after="sentencizer")
        nlp.add_pipe(ellipses.FACTORY, after=line_breaks.FACTORY)
    return nlp


def blank(lang: str) -> Language:
    """Tokenizer + sentencizer + simplemma lemmas: the fallback and the benchmark baseline."""
    entry = language_entry(lang)
    nlp = spacy.blank("nb" if lang == "nn" else lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(line_breaks.FACTORY)
    nlp.add_pipe(ellipses.FACTORY)
    nlp.add_pipe(lemmas.FACTORY, config={"lang": entry["lemma_lang"]})
    return nlp


def _numpy_matmul(nlp: Language) -> None:
    """Let the models' matrix products run in NumPy's BLAS (OpenBLAS) instead of thinc's bundled
    BLIS. Why: on this machine BLIS multiplies at a quarter of OpenBLAS's speed (18.7 against 85
    GFLOP/s single-threaded for the tok2vec's shapes), and the tok2vec, four such products a token,
    was the largest cost of extract. The sums are taken in another order, so the vectors differ in
    the sixth decimal; on the 819 real-text articles of benchmarks/throughput.py no tag, head,
    label or entity changed (benchmarks/throughput.md). The parser's and NER's step loops keep
    their own BLIS; a model on a GPU keeps its ops."""
    from thinc.api import NumpyOps

    ops = None
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                ops = ops or NumpyOps(use_blis=False)
                node.ops = ops

