"""`qmas-intake serve`: the scheduled deployment it builds, and the runs it refuses before Prefect starts."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

pytestmark = [pytest.mark.prefect]


@pytest.fixture(autouse=True)
def _restore_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """`qmas-intake serve` sets QMAS_SETTLE_SECONDS for its runs; put it back for the other tests."""
    monkeypatch.setenv("QMAS_SETTLE_SECONDS", "0")
    monkeypatch.delenv("QMAS_SETTLE_SECONDS")


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "uploads" / "C001").mkdir(parents=True)
    return tmp_path / "uploads", tmp_path / "out"


def test_cron_deployment_runs_the_intake_flow_over_the_upload_root(tmp_path: Path) -> None:
    from flows.intake import DEPLOYMENT_NAME, build_deployment

    uploads, out = _folders(tmp_path)
    deployment = build_deployment(uploads, out, cron="*/15 * * * *")
    assert deployment.name == DEPLOYMENT_NAME
    assert deployment.flow_name == "qmas-intake"
    assert [s.schedule.cron for s in deployment.schedules] == ["*/15 * * * *"]
    assert deployment.parameters == {"upload_root": str(uploads.resolve()), "out": str(out.resolve())}


def test_a_tick_while_the_last_run_is_still_going_is_cancelled_not_queued(tmp_path: Path) -> None:
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy

    from flows.intake import build_deployment

    uploads, out = _folders(tmp_path)
    deployment = build_deployment(uploads, out, cron="*/15 * * * *")
    assert deployment.concurrency_limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy is ConcurrencyLimitStrategy.CANCEL_NEW


def test_interval_deployment(tmp_path: Path) -> None:
    from flows.intake import build_deployment

    uploads, out = _folders(tmp_path)
    deployment = build_deployment(uploads, out, interval=300)
    assert [s.schedule.interval for s in deployment.schedules] == [timedelta(seconds=300)]


def test_serve_hands_the_built_deployment_to_prefect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import intake

    served = []
    monkeypatch.setattr(intake, "serve", lambda *deployments: served.extend(deployments))
    uploads, out = _folders(tmp_path)
    intake.serve_intake(uploads, out, cron="0 * * * *", interval=None)
    assert [d.schedules[0].schedule.cron for d in served] == ["0 * * * *"]


def test_cli_serve_passes_the_schedule_and_settle_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli.main import main
    from flows import intake

    calls = []
    monkeypatch.setattr(intake, "serve_intake", lambda *args: calls.append(args))
    uploads, out = _folders(tmp_path)
    assert main(["serve", str(uploads), "--out", str(out), "--interval", "600", "--settle", "30"]) == 0
    assert calls == [(uploads, out, None, 600.0)]
    assert os.environ["QMAS_SETTLE_SECONDS"] == "30.0"


def test_cli_serve_refuses_a_missing_upload_root_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    code = main(
        ["serve", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--cron", "*/15 * * * *"]
    )
    assert code == 2
    assert "is not a folder" in capsys.readouterr().err


def test_cli_serve_needs_a_schedule(tmp_path: Path) -> None:
    from cli.main import main

    uploads, out = _folders(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["serve", str(uploads), "--out", str(out)])
    assert exc.value.code == 2
