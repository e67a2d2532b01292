#!/usr/bin/env python3
"""The component order, checked on the include graph of the sources.

Each component may include itself and the components listed for it, nothing
above or beside it. Front ends (the door screen and kioskctl) talk to the door
service and the sync service: they may not include a storage/ header, directly
or through any header they include, and may not name StorageError. Only
kiosk/ui may include SDL or Dear ImGui.

Usage: check_layering.py ROOT   (exit 1 and a list of violations when broken)
"""
import pathlib
import re
import sys

ORDER = {
    "common": [],
    "host": ["common"],
    "model": ["common"],
    "storage": ["common", "model"],
    "badge": ["common"],
    "core": ["common", "model", "storage", "badge"],
    "words": ["common", "model", "badge", "core"],
    "kiosk/input": ["common"],
    "config": ["common", "badge"],
    "sync": ["common", "model", "storage", "core"],
    "kiosk/app": ["common", "model", "badge", "core", "words", "config", "kiosk/input", "sync"],
    "kiosk/ui": ["common", "host", "model", "badge", "core", "words", "config", "kiosk/input", "sync", "kiosk/app"],
    "kioskctl": ["common", "host", "model", "badge", "core", "words", "config", "kiosk/input", "sync"],
}
FRONT_ENDS = ["kiosk/app", "kiosk/ui", "kioskctl"]
GUI = re.compile(r'#\s*include\s*[<"](SDL2?/|SDL[_.]|imgui|backends/imgui)')
LOCAL = re.compile(r'#\s*include\s*"([^"]+)"')


def component_of(rel: str):
    for name in sorted(ORDER, key=len, reverse=True):
        if rel == name or rel.startswith(name + "/"):
            return name
    return None


def main(root: pathlib.Path) -> int:
    sources = {}
    for name in ORDER:
        for path in (root / name).rglob("*"):
            if path.suffix in (".cpp", ".hpp", ".h") and path.is_file():
                sources[path.relative_to(root).as_posix()] = path.read_text(errors="replace")
    includes = {rel: LOCAL.findall(text) for rel, text in sources.items()}

    reaches_storage = {}

    def storage_via(header, seen=()):
        """The chain of includes from `header` to a storage/ header, or None."""
        if header.startswith("storage/"):
            return [header]
        if header in reaches_storage:
            return reaches_storage[header]
        if header in seen or header not in includes:
            return None
        result = None
        for inc in includes[header]:
            chain = storage_via(inc, seen + (header,))
            if chain:
                result = [header] + chain
                break
        reaches_storage[header] = result
        return result

    problems = []
    for rel, text in sorted(sources.items()):
        comp = component_of(rel)
        allowed = set(ORDER[comp]) | {comp}
        for line_no, line in enumerate(text.splitlines(), 1):
            if GUI.search(line) and comp != "kiosk/ui":
                problems.append(f"{rel}:{line_no}: SDL or ImGui outside kiosk/ui")
        for inc in includes[rel]:
            target = component_of(inc)
            if target is None:
                continue  # a system or generated header
            if target not in allowed:
                problems.append(f"{rel}: {comp} may not include {inc} ({target} is not below it)")
            elif comp in FRONT_ENDS:
                chain = storage_via(inc)
                if chain:
                    problems.append(f"{rel}: a front end reaches storage/ through " + " -> ".join(chain))
        if comp in FRONT_ENDS and "StorageError" in text:
            problems.append(f"{rel}: a front end names StorageError (the door service returns errors as values)")

    for cmake in [root / name / "CMakeLists.txt" for name in ORDER if name != "kiosk/ui"]:
        if not cmake.exists():
            continue
        for line_no, line in enumerate(cmake.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"SDL|imgui", code):
                problems.append(f"{cmake.relative_to(root)}:{line_no}: SDL or ImGui linked outside kiosk/ui")

    if problems:
        print("layering broken:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"layering ok: {len(sources)} files follow the component order; front ends never reach storage/")
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
