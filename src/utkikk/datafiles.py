"""Reading the project's YAML data files (knowledge base, lexicons, language data).

One loader for all of them, using libyaml's C parser where PyYAML was built with it: the
knowledge base alone is tens of thousands of nodes, and the pure-Python parser spent seconds
of every start on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | Path | IO[str]) -> Any:
    """Parse YAML safely (no arbitrary objects) from a path or an open text stream."""
    if isinstance(source, (str, Path)):
        source = Path(source).read_text(encoding="utf-8")
    return yaml.load(source, Loader=_Loader)
