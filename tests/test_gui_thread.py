"""No service call on the GUI thread (docs/ARCHITECTURE.md §6.5): checked on the source of privacy_desk/ui.

The rule, on the syntax tree of every module under ui/:

- A *service call* is a call whose callee is reached through the services: an attribute chain with a
  name `services` or `_services` in it, followed by at least one more attribute before the called one
  (`services.tickets.get(…)`, `self._context.services.users.list()`). `services.actor` is the signed-in
  user, a plain value the services hold: calls on it (`services.actor.can(…)`) are not service calls.
- A service call must stand inside a *worker callable*: a lambda or a function nested in another
  function (not a method) that either is handed to the operation helper — passed, inline or by its
  name, to `query`, `write`, `bind` or `page_loader` (ui/work.py) — or takes the services as its first
  parameter, named `services`, as every callable the helper runs does (a helper such as
  `with_moves(services, work)` is written that way and only called from worker callables).

ALLOWED lists the functions that may call a service on the GUI thread, each with why.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "privacy_desk" / "ui"
ENTRY_POINTS = {"query", "write", "bind", "page_loader"}
SERVICE_NAMES = {"services", "_services"}
PLAIN = {"actor"}  # what the services hold that is no service: the signed-in user

# (module relative to ui/, function name): why it may call a service where it is. Empty: every call
# runs on the worker. (ui/session.py opens the database on the worker with open_services, which is no
# call through the services.)
ALLOWED: dict[tuple[str, str], str] = {}


def chain(node: ast.expr) -> list[str]:
    """`a.b.c` → ["a", "b", "c"]; `self.x().y` → ["self", "x", "y"] (calls are looked through)."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            names.append(node.id)
            return names[::-1]
        else:
            return names[::-1]


def is_service_call(call: ast.Call) -> bool:
    names = chain(call.func)[:-1]  # the receiver, without the method called
    for index, name in enumerate(names):
        if name in SERVICE_NAMES and index + 1 < len(names) and names[index + 1] not in PLAIN:
            return True
    return False


def _callee_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


class Checker(ast.NodeVisitor):
    def __init__(self, module: str) -> None:
        self.module = module
        self.stack: list[ast.AST] = []  # enclosing classes, functions and lambdas
        self.handed: set[int] = set()  # ids of lambdas and nested functions handed to the helper
        self.violations: list[str] = []

    # -- what is handed to the helper --------------------------------------------------------------

    def _mark_handed(self, body: list[ast.stmt] | ast.expr) -> None:
        """Within one function body: lambdas passed inline to an entry point, and nested functions whose
        name is passed to one."""
        nodes = [body] if isinstance(body, ast.expr) else body
        nested = {}
        for statement in nodes if isinstance(nodes, list) else []:
            if isinstance(statement, ast.FunctionDef):
                nested[statement.name] = statement
        for node in (n for top in nodes for n in ast.walk(top)):
            if isinstance(node, ast.Call) and _callee_name(node) in ENTRY_POINTS:
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    if isinstance(argument, ast.Lambda):
                        self.handed.add(id(argument))
                    elif isinstance(argument, ast.Name) and argument.id in nested:
                        self.handed.add(id(nested[argument.id]))

    def _is_worker(self, node: ast.AST) -> bool:
        if id(node) in self.handed:
            return True
        arguments = getattr(node, "args", None)
        first = arguments.args[0].arg if arguments is not None and arguments.args else None
        if isinstance(node, ast.Lambda):
            return first == "services"
        method = bool(self.stack) and isinstance(self.stack[-1], ast.ClassDef)
        return isinstance(node, ast.FunctionDef) and not method and first == "services"

    def _enter(self, node: ast.AST, body) -> None:
        if isinstance(node, ast.FunctionDef):
            self._mark_handed(node.body)
        self.stack.append(node)
        self.generic_visit(node)
        self.stack.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._enter(node, node.body)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        worker = self._is_worker(node)
        node.worker = worker or any(getattr(n, "worker", False) for n in self.stack)
        self._enter(node, node.body)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        worker = self._is_worker(node)
        node.worker = worker or any(getattr(n, "worker", False) for n in self.stack)
        self._enter(node, node.body)

    def visit_Call(self, node: ast.Call) -> None:
        if is_service_call(node):
            inside = self.stack[-1] if self.stack else None
            worker = inside is not None and getattr(inside, "worker", False)
            function = next((n.name for n in reversed(self.stack) if isinstance(n, ast.FunctionDef)), "")
            if not worker and (self.module, function) not in ALLOWED:
                self.violations.append(
                    f"{self.module}:{node.lineno} {ast.unparse(node.func)}(…) in {function}"
                )
        self.generic_visit(node)


def violations_in(source: str, module: str = "probe.py") -> list[str]:
    tree = ast.parse(source)
    checker = Checker(module)
    checker._mark_handed(tree.body)
    checker.visit(tree)
    return checker.violations


def test_no_service_call_outside_the_operation_helper():
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += violations_in(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert found == []


def test_the_rule_itself():
    bad = (
        "class V:\n"
        "    def opened(self, services):\n"
        "        self.tz = services.settings.office_tz()\n"
        "    def edit(self):\n"
        "        person = self.services.persons.get(1)\n"
        "        self.run(lambda: self._context.services.users.list())\n"
    )
    assert len(violations_in(bad)) == 3
    good = (
        "def with_moves(services, work):\n"
        "    def task():\n"
        "        return services.cases.moves(work())\n"
        "    return task\n"
        "class V:\n"
        "    def edit(self):\n"
        "        self.work.query(lambda services: services.persons.get(1)).run(self)\n"
        "        def read(services):\n"
        "            return services.users.list()\n"
        "        self.work.query(read).run(self)\n"
        "        def task():\n"
        "            return self.services.tickets.rows([1])\n"
        "        self.work.write(task).run(self)\n"
        "        save = self.work.bind(\n"
        "            lambda services, text: services.tickets.add_note(services.actor, 1, text)\n"
        "        )\n"
        "        if self.services.actor.can('x'):\n"
        "            pass\n"
    )
    assert violations_in(good) == []
