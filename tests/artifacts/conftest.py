import pytest


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory):
    """A private copy of the synthetic demo case. The demo is built once per test session
    (tests/artifacts, identity and network share it) and copied for each module, so one
    module's link decisions never leak into another's."""
    import shutil

    from roomsift.demo.build import build_demo

    pristine = tmp_path_factory.getbasetemp() / "issue4-demo-pristine"
    if not (pristine / "demo" / "case" / "case.json").exists():
        shutil.rmtree(pristine, ignore_errors=True)
        pristine.mkdir()
        build_demo(pristine / "demo", overwrite=False).case.close()
    copy = tmp_path_factory.mktemp("demo") / "case"
    shutil.copytree(pristine / "demo" / "case", copy)
    return copy


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
