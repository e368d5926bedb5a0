"""The whole converter, scored end to end by the evaluation's own `score.py`.

Three sets: the hand-written corpus in `tests/ingest/corpus/` (wire copy, courts, science,
sport, business, interviews, local politics; gold labels follow the labelling rules of
the evaluation README), and the shared evaluation set beside the project
(`../shared/eval`): its tuning part (`articles/` + `gold/`) and its held-out part
(`heldout/`), which is only ever scored, never read to write a rule.  The thresholds sit
just below the current scores, so a rule change that loses quotes, speakers or people
fails here.

`../shared/eval` is found relative to the project, not by an absolute path.  Locally the
shared-set tests skip when it is missing; under CI (`CI=true`, where it is always laid
beside the clone) a missing set is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from articles.ingest.evaluate import to_gold_schema
from articles.ingest.parse import parse_seed

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "corpus"
EVAL = PROJECT / ".." / "shared" / "eval"
SCORE_PY = EVAL / "score.py"

# (quote end-to-end F1, people F1) that each set must reach.
CORPUS_MIN = (0.99, 0.99)  # now 0.998, 0.994
TUNING_MIN = (0.995, 0.995)  # now 1.000, 1.000
HELDOUT_MIN = (0.92, 0.99)  # now 0.923, 1.000


def _require(path: Path) -> None:
    """Skip locally, fail under CI, when part of the shared evaluation set is missing."""
    if path.exists():
        return
    message = f"{path.resolve()} not found (the shared evaluation set lies beside the project)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _scorer():
    _require(SCORE_PY)
    spec = importlib.util.spec_from_file_location("eval_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _micro_scores(score, gold_dir: Path, text_dir: Path) -> tuple[float, float]:
    """Micro-averaged quote end-to-end F1 and people F1, as score.py's summary computes them."""
    totals = {"gq": 0, "pq": 0, "spk": 0, "gp": 0, "pp": 0, "pm": 0}
    gold_files = sorted(gold_dir.glob("*.json"))
    assert gold_files, f"no gold files in {gold_dir}"
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        seed = text_dir / f"{gold_path.stem}.txt"
        pred = to_gold_schema(parse_seed(seed.read_bytes(), seed.name))
        result = score.score_article(gold, pred)
        for key in totals:
            totals[key] += result[key]
    _, _, quote_f1 = score.prf(totals["spk"], totals["pq"], totals["gq"])
    _, _, people_f1 = score.prf(totals["pm"], totals["pp"], totals["gp"])
    return quote_f1, people_f1


def test_corpus_articles_have_gold_labels():
    texts = sorted(p.stem for p in CORPUS.glob("*.txt"))
    golds = sorted(p.stem for p in CORPUS.glob("*.json"))
    assert len(texts) >= 12
    assert texts == golds


def test_corpus_scores_stay_above_threshold():
    quote_f1, people_f1 = _micro_scores(_scorer(), CORPUS, CORPUS)
    assert quote_f1 >= CORPUS_MIN[0], f"corpus quote e2e F1 {quote_f1:.3f}"
    assert people_f1 >= CORPUS_MIN[1], f"corpus people F1 {people_f1:.3f}"


def test_tuning_set_scores_stay_above_threshold():
    score = _scorer()
    _require(EVAL / "gold")
    _require(EVAL / "articles")
    quote_f1, people_f1 = _micro_scores(score, EVAL / "gold", EVAL / "articles")
    assert quote_f1 >= TUNING_MIN[0], f"tuning set quote e2e F1 {quote_f1:.3f}"
    assert people_f1 >= TUNING_MIN[1], f"tuning set people F1 {people_f1:.3f}"


def test_held_out_set_scores_stay_above_threshold():
    score = _scorer()
    _require(EVAL / "heldout" / "gold")
    _require(EVAL / "heldout" / "articles")
    quote_f1, people_f1 = _micro_scores(score, EVAL / "heldout" / "gold", EVAL / "heldout" / "articles")
    assert quote_f1 >= HELDOUT_MIN[0], f"held-out quote e2e F1 {quote_f1:.3f}"
    assert people_f1 >= HELDOUT_MIN[1], f"held-out people F1 {people_f1:.3f}"


def test_missing_shared_set_fails_under_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        _require(tmp_path / "no-such-eval")


def test_missing_shared_set_skips_locally(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _require(tmp_path / "no-such-eval")
