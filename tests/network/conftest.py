import pytest


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory):
    """The synthetic demo case (built and ingested once per module)."""
    from roomsift.demo.build import build_demo

    folder = tmp_path_factory.mktemp("demo")
    result = build_demo(folder / "demo", overwrite=False)
    result.case.close()
    return result.case.path


@pytest.fixture
def fails(cli):
    """Run a command that must fail with a one-line user error; returns the message."""

    def run(*args):
        try:
            result = cli(*args, expect=None)
        except Exception as exc:  # the expected-error class, raised through the test runner
            assert type(exc).__name__ in ("UserError", "CaseError", "_OneLineError"), repr(exc)
            return str(exc)
        assert result.exit_code == 2, result.stdout
        return result.stderr

    return run
