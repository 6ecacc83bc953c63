"""The base of the classifier's spaCy components: data loaded once, in ``initialize``."""

from __future__ import annotations

from reslint.annotate import lexicon_for
from reslint.lexicon import Lexicon


class LexiconComponent:
    """A rule component whose words come from the lexicon, loaded in ``initialize``
    the way spaCy's own components load their data (``nlp.initialize()`` passes the
    rules folder and the user's extensions; ``lexicon_for`` loads them once per
    process, so every component and stage shares one ``Lexicon``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lexicon: Lexicon | None = None

    def initialize(
        self,
        get_examples: object = None,
        *,
        nlp: object = None,
        rules: str | None = None,
        extensions: dict | None = None,
        source: str = "config",
    ) -> None:
        self._lexicon = lexicon_for(rules, extensions or {}, source)

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            raise RuntimeError(f"{self.name}: call nlp.initialize() before using the pipeline")
        return self._lexicon
