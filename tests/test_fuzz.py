"""Arbitrary input to evaluate_json: a result or the documented InputError, never anything else."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import screener
from screener.questions import QUESTIONS

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
ids = st.sampled_from([q.id for q in QUESTIONS] + ["", "nope", "FARE"])
values = st.sampled_from(sorted({v for q in QUESTIONS for v in q.options} | {"", "YES", "maybe"}))
answer_sets = st.dictionaries(ids, values | json_values, max_size=8)
payloads = st.one_of(
    st.text(max_size=60),
    json_values.map(json.dumps),
    st.fixed_dictionaries({"answers": answer_sets}, optional={"lang": st.sampled_from(["en", "ja", "vi", "fr", ""]) | json_values}).map(json.dumps),
)


def check(payload):
    try:
        result = json.loads(screener.evaluate_json(payload))
    except screener.InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 400, message
    else:
        assert result["departure_order"]["status"] in ("likely_eligible", "not_eligible", "unclear")


@settings(max_examples=400, deadline=None)
@given(payloads)
def test_evaluate_json_only_raises_input_error(payload):
    check(payload)
