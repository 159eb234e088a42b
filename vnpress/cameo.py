"""CAMEO codes (CAMEO 1.1b3) for events, commitments and agreements, from the
mappings in ``data/words.txt`` (``event_cameo``, ``commitment_cameo``).

Events: talks, meetings, calls and conferences are 040 (consult), a visit 042
(make a visit; its host's side of it, 043, appears in the dyads), a signing
057 (sign formal agreement), a press event 010 (make statement), a ceremony
043 (host a visit: ceremonies here welcome or honour a visitor); an event
planned or invited to is 036 (express intent to meet or negotiate), and
negotiations are 046 (engage in negotiation).

Commitments: agree and pledge 030 (express intent to cooperate), propose and
request 020 (make an appeal or request), support 051 (praise or endorse),
affirm 010 (make statement); an invitation and its acceptance 036.
Agreements signed or exchanged: 057; negotiated 046; planned 036.
"""

from __future__ import annotations

from collections.abc import Iterable

from vnpress.words import mapping, phrases

_EVENTS = mapping("event_cameo")
_COMMITMENTS = mapping("commitment_cameo")
_NEGOTIATION = frozenset(phrases("negotiation_triggers"))
#: Host a visit: the host's row of a visit.
HOST_A_VISIT = "043"
#: Sign formal agreement.
SIGN = "057"


def event_code(kind: str, status: str, triggers: Iterable[str] = ()) -> str:
    """The CAMEO code of an event of type ``kind`` and ``status``."""
    if status in ("planned", "invited"):
        return _EVENTS[status]
    if kind == "talks" and any(t in _NEGOTIATION for t in triggers):
        return _EVENTS["negotiation"]
    return _EVENTS[kind]


def commitment_code(kind: str, cue: str = "") -> str:
    """The CAMEO code of a commitment of ``kind`` carried by ``cue``."""
    return _COMMITMENTS.get(cue.lower(), _COMMITMENTS[kind])


#: An agreement's CAMEO code by its status: signing or exchanging it is 057,
#: negotiating it 046, planning to sign it 036; a mention or a document in
#: force is no act of this text's.
_AGREEMENTS = {"signed": SIGN, "exchanged": SIGN, "negotiating": "046", "planned": "036"}


def agreement_code(status: str) -> str | None:
    """The CAMEO code of an agreement with ``status``, or None."""
    return _AGREEMENTS.get(status)
