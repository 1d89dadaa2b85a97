"""Beam-limited Viterbi search over per-token candidates under the trigram model."""
from __future__ import annotations

from .ngram import BOS, EOS, SyllableModel

BEAM = 10
MARGIN = 12.0   # states this far (in nats) behind the best one are dropped


def best_path(model: SyllableModel, slots: list[list[tuple[str, float]]]) -> list[str]:
    """Pick one word per slot maximising LM log-probability minus channel costs.

    `slots` is one segment (no punctuation inside); each slot lists (word, cost) candidates.
    """
    logp = model.logp
    states = {(BOS, BOS): (0.0, None)}
    for candidates in slots:
        extended: dict = {}
        for (u, v), (score, back) in states.items():
            for word, cost in candidates:
                total = score + logp(u, v, word) - cost
                key = (v, word)
                held = extended.get(key)
                if held is None or total > held[0]:
                    extended[key] = (total, (word, back))
        ranked = sorted(extended.items(), key=lambda item: -item[1][0])[:BEAM]
        floor = ranked[0][1][0] - MARGIN
        states = {key: value for key, value in ranked if value[0] >= floor}
    final = max(states.items(), key=lambda item: item[1][0] + logp(item[0][0], item[0][1], EOS))
    words: list[str] = []
    back = final[1][1]
    while back is not None:
        words.append(back[0])
        back = back[1]
    return words[::-1]
