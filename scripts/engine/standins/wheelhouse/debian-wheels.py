"""Makes a pip wheelhouse from Python packages that Debian installed, for a machine with no package index.

Usage: python3 debian-wheels.py OUT_DIR NAME...

Each named distribution is found among the distributions Debian installed in /usr/lib/python3/dist-packages, and
so is everything its Debian package depends on (Debian keeps a package's requirements in its Depends and strips
them from the Python metadata, so the Depends are the graph followed). A wheel's files are the ones its Debian
package put there (dpkg -L); its metadata (name, version, entry points) is carried over, with one Requires-Dist per
distribution its Debian package depends on, so pip resolves and installs these wheels like the ones an index would
serve, console scripts included. The rq_dashboard
folder beside this script becomes a stand-in wheel of rq-dashboard, which Debian does not package.
"""

import base64
import hashlib
import importlib.metadata as md
import os
import re
import subprocess
import sys
import zipfile

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

SITE = "/usr/lib/python3/dist-packages"
HERE = os.path.dirname(os.path.abspath(__file__))


def distributions():
    found = {}
    for dist in md.distributions(path=[SITE]):
        found.setdefault(canonicalize_name(dist.metadata["Name"]), dist)
    return found


def metadata_dir(dist):
    return os.path.join(SITE, os.path.basename(str(dist._path)))  # noqa: SLF001 (the only way to get it)


def package_files(dist):
    """Returns the files of dist's Debian package under the site folder, relative to it (no metadata, no caches)."""
    owner = subprocess.run(["dpkg", "-S", metadata_dir(dist)], check=True, capture_output=True, text=True)
    package = owner.stdout.split(":")[0].strip()
    listing = subprocess.run(["dpkg", "-L", package], check=True, capture_output=True, text=True).stdout.split("\n")
    meta = os.path.basename(metadata_dir(dist))
    files = []
    for path in listing:
        if not path.startswith(SITE + "/") or not os.path.isfile(path):
            continue
        rel = os.path.relpath(path, SITE)
        if rel.split("/")[0] == meta or "__pycache__" in rel.split("/"):
            continue
        files.append(rel)
    return sorted(files)


def record_line(arcname, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def write_wheel(out, name, version, files, metadata, entry_points):
    """Writes a py3-none-any wheel of name and version holding files (arcname -> bytes)."""
    stem = re.sub(r"[-_.]+", "_", name)
    info = f"{stem}-{version}.dist-info"
    contents = dict(files)
    contents[f"{info}/METADATA"] = metadata.encode()
    contents[f"{info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: composegen debian-wheels\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    ).encode()
    if entry_points:
        contents[f"{info}/entry_points.txt"] = entry_points.encode()
    record = [record_line(a, d) for a, d in contents.items()] + [f"{info}/RECORD,,"]
    path = os.path.join(out, f"{stem}-{version}-py3-none-any.whl")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
        for arcname, data in contents.items():
            wheel.writestr(arcname, data)
        wheel.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    print(f"wheel {os.path.basename(path)} ({len(files)} files)")


def wheel_of_debian(out, dist, requires):
    files = {}
    for rel in package_files(dist):
        with open(os.path.join(SITE, rel), "rb") as handle:
            files[rel] = handle.read()
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO")
    header, blank, body = text.partition("\n\n")
    lines = [l for l in header.splitlines() if not l.startswith("Requires-Dist:")]
    lines += [f"Requires-Dist: {r}" for r in requires]
    metadata = "\n".join(lines) + "\n" + blank + body
    write_wheel(out, dist.metadata["Name"], dist.version, files, metadata, dist.read_text("entry_points.txt"))


def owner(dist):
    result = subprocess.run(["dpkg", "-S", metadata_dir(dist)], check=True, capture_output=True, text=True)
    return result.stdout.split(":")[0].strip()


def installed(package):
    result = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", package], capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.endswith(" installed")


def depends(package):
    """Returns the python3-* packages that package depends on, the first installed alternative of each."""
    text = subprocess.run(["dpkg-query", "-W", "-f", "${Depends}", package], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for clause in filter(None, (c.strip() for c in text.split(","))):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if installed(name):
                if name.startswith("python3-"):
                    out.append(name)
                break
    return out


def stand_in_dashboard(out):
    source = os.path.join(HERE, "rq_dashboard")
    files = {}
    for entry in sorted(os.listdir(source)):
        if entry.endswith(".py"):
            with open(os.path.join(source, entry), "rb") as handle:
                files[f"rq_dashboard/{entry}"] = handle.read()
    metadata = (
        "Metadata-Version: 2.1\nName: rq-dashboard\nVersion: 0.6.1\n"
        "Summary: Stand-in for rq-dashboard made for offline tests: an HTML page of RQ's queues and workers\n"
        "Requires-Dist: flask\nRequires-Dist: rq\nRequires-Dist: redis\n"
    )
    write_wheel(out, "rq-dashboard", "0.6.1", files, metadata,
                "[console_scripts]\nrq-dashboard = rq_dashboard.cli:main\n")


def main():
    out, names = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    available = distributions()
    dists_of = {}
    for dist in available.values():
        dists_of.setdefault(owner(dist), []).append(dist)

    def reachable_dists(package, seen):
        """The distributions package's dependencies own, looking through packages that own none."""
        found = []
        for dep in depends(package):
            if dep in seen:
                continue
            seen.add(dep)
            found += dists_of.get(dep) or reachable_dists(dep, seen)
        return found

    todo = []
    for name in names:
        if canonicalize_name(name) not in available:
            sys.exit(f"{name} is required but Debian installed no such distribution in {SITE}")
        todo.append(owner(available[canonicalize_name(name)]))
    done = set()
    while todo:
        package = todo.pop()
        if package in done:
            continue
        done.add(package)
        requires = reachable_dists(package, {package})
        for dist in dists_of.get(package, []):
            extras = [r for r in (dist.requires or []) if "extra ==" in r]
            wheel_of_debian(out, dist, sorted({d.metadata["Name"] for d in requires}) + extras)
        todo += [owner(d) for d in requires]
    stand_in_dashboard(out)


if __name__ == "__main__":
    main()
