"""The shape of the code base: longest functions and classes, and import cycles.

    python bench/codeshape.py [--top 5]

Prints the longest functions and classes under ``src/`` (in lines, decorators
and docstrings included) and every cycle among the module-level imports of
``reslint``: at module level, and counting the imports inside functions too
(lazy imports that still tie two modules to each other at run time).
Issue 7 quotes these figures before and after the split of the parser and the
declarative rules.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def definitions(tree: ast.AST, path: Path) -> list[tuple[int, str, str]]:
    """(lines, kind, qualified name) of every function and class."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            size = (node.end_lineno or node.lineno) - start + 1
            kind = "class" if isinstance(node, ast.ClassDef) else "function"
            found.append((size, kind, f"{module_name(path)}.{node.name}"))
    return found


def module_imports(tree: ast.Module, name: str, package: bool, lazy: bool) -> set[str]:
    """Modules of ``reslint`` imported at module level (TYPE_CHECKING blocks excluded),
    or with ``lazy`` anywhere, inside functions too."""
    imported: set[str] = set()
    for node in _runtime_nodes(tree) if lazy else tree.body:
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names if a.name.startswith("reslint")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.startswith("reslint"):
                imported.add(base)
                imported |= {f"{base}.{a.name}" for a in node.names}
    return imported


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:`` (never imported at run time)."""
    found: list[ast.AST] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    sizes: list[tuple[int, str, str]] = []
    graphs: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = module_name(path)
        sizes += definitions(tree, path)
        for lazy, graph in graphs.items():
            graph[name] = module_imports(tree, name, path.name == "__init__.py", lazy)
    for graph in graphs.values():  # "from reslint.x import name" counts only real modules
        for node, targets in graph.items():
            graph[node] = {t for t in targets if t in graph and t != node}
    for kind in ("function", "class"):
        print(f"longest {kind}s:")
        for size, _, qualified in sorted((s for s in sizes if s[1] == kind), reverse=True)[
            : args.top
        ]:
            print(f"  {size:5d}  {qualified}")
    for lazy, graph in graphs.items():
        found = cycles(graph)
        where = "imports anywhere (lazy ones too)" if lazy else "module-level imports"
        print(f"cycles among {where}: {len(found)}")
        for component in found:
            print("  " + ", ".join(component))


if __name__ == "__main__":
    main()
