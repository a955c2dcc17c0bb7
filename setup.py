"""setuptools hook: a wheel carries the top-level resources/ as gkdesk/resources, where gkdesk/paths.py looks first.
Everything else is in pyproject.toml."""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if not self.editable_mode:  # an editable install finds resources/ in the checkout
            self.copy_tree("resources", str(Path(self.build_lib) / "gkdesk" / "resources"))


setup(cmdclass={"build_py": BuildWithResources})
