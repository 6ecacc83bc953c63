"""``reslint report``: per-document records (``records``, built by ``collect`` in the
workers), the corpus figures (``aggregate``) and the charts of the HTML report
(``charts``); the renderers are ``reslint.render.report_<format>``."""
