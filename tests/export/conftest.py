"""Sample paths for the export tests (the root conftest gives the CLI runner and cases)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("ROOMSIFT_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
SAMPLES = SHARED / "samples"


import pytest


@pytest.fixture(scope="module")
def samples_case(tmp_path_factory):
    """A case of real public sample exports (Telegram, KakaoTalk in Korean, WhatsApp)."""
    from typer.testing import CliRunner

    from roomsift.cli import app

    os.environ.setdefault("ROOMSIFT_USER", "test-investigator")
    case = tmp_path_factory.mktemp("samples") / "case"
    runner = CliRunner()
    for args in (["case", "new", str(case)],
                 ["ingest", str(SAMPLES / "telegram" / "frozenspider_telegram_2023-01_result.json"), "--case", str(case)],
                 ["ingest", str(SAMPLES / "kakaotalk" / "kakaoship_android_kr_cut.txt"), "--case", str(case)],
                 ["ingest", str(SAMPLES / "whatsapp" / "whats_json_android_en_with-media_dmy.txt"), "--case", str(case)]):
        r = runner.invoke(app, args, catch_exceptions=False)
        assert r.exit_code == 0, r.output
    return case
