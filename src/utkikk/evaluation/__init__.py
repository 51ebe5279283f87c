"""Measuring event coding on real text: treebank sentences read at run time, annotations kept here.

``corpora`` reads a sentence of a public corpus in ``../shared/data`` by its key; ``devset`` joins
the project's annotations (``devset/<lang>.jsonl``, keys and codes only, never the text) to those
sentences and scores the coder with the shared scorer.
"""
