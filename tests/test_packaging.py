"""One installed name: the wheel adds `discreet` (and its .dist-info) to site-packages and nothing else."""
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out),
                    str(REPO)], check=True, capture_output=True)
    return next(out.glob("discreet-*.whl"))


def test_the_wheel_holds_one_package_with_its_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"discreet", "discreet-0.1.0.dist-info"}
    for needed in ("discreet/cli.py", "discreet/linter/engine.py", "discreet/linter/data/first_names.txt",
                   "discreet/linter/data/safe_words.txt", "discreet/linter/web/static/index.html",
                   "discreet/rules/identifiers.yaml", "discreet/rules/stigma.yaml"):
        assert needed in names, needed


def test_installed_into_a_fresh_virtualenv_it_adds_only_discreet(wheel, tmp_path):
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    before = {"pip", "setuptools", "_distutils_hack", "distutils-precedence.pth", "__pycache__", "pkg_resources"}
    added = {p.name for p in site.iterdir()
             if p.name not in before and not p.name.startswith(("pip-", "setuptools-"))}
    assert added == {"discreet", "discreet-0.1.0.dist-info"}
    assert (env / "bin" / "discreet").exists()
