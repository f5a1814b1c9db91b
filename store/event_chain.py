"""The hash chain of a case's events: each hash covers the previous hash and the event itself."""

from __future__ import annotations

import hashlib

GENESIS = "0" * 64


def event_hash(prev_hash: str, case_id: str, seq: int, at: str, kind: str, payload_json: str) -> str:
    material = "\x1f".join([prev_hash, case_id, str(seq), at, kind, payload_json])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
