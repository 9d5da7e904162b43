"""Makes a pip wheelhouse from Python packages that Debian installed, for a machine with no package index.

Usage: python3 debian-wheels.py OUT_DIR NAME[=PUBLISHED_NAME]...

Each named distribution is found among the distributions Debian installed in /usr/lib/python3/dist-packages, and
so is everything its Debian package depends on (Debian keeps a package's requirements in its Depends and strips
them from the Python metadata, so the Depends are the graph followed). A wheel's files are the ones its Debian
package put there (dpkg -L); its metadata (name, version, entry points) is carried over, with one Requires-Dist per
distribution its Debian package depends on, so pip resolves and installs these wheels like the ones an index would
serve, console scripts included.

A Debian extension module links the system's libraries (psycopg2 links libpq); a slim runtime image has none of
them. As auditwheel does for the binary wheels on PyPI, the libraries an extension needs beyond the usual system
set are copied into the wheel (NAME.libs/) and found through an $ORIGIN run path, so a virtual environment built
from these wheels runs in a slim image. NAME=PUBLISHED_NAME publishes a distribution under the name PyPI gives its
self-contained build (psycopg2=psycopg2-binary).

The folders in STAND_INS beside this script become stand-in wheels of what Debian does not package (rq-dashboard,
voila).
"""

import base64
import hashlib
import importlib.metadata as md
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

SITE = "/usr/lib/python3/dist-packages"
HERE = os.path.dirname(os.path.abspath(__file__))

# Libraries every Linux system has, which a wheel may link without carrying them (auditwheel's manylinux policy).
SYSTEM_LIBRARIES = re.compile(
    r"^(ld-linux.*|linux-vdso.*|lib(c|m|dl|rt|pthread|util|nsl|resolv|crypt|gcc_s|stdc\+\+|z)\.so(\..*)?)$")

# Folder beside this script -> (distribution name, version, summary, requirements, console scripts).
STAND_INS = {
    "rq_dashboard": ("rq-dashboard", "0.6.1",
                     "Stand-in for rq-dashboard made for offline tests: an HTML page of RQ's queues and workers",
                     ["flask", "rq", "redis"], "rq-dashboard = rq_dashboard.cli:main"),
    "voila": ("voila", "0.5.8",
              "Stand-in for Voila made for offline tests: renders notebooks with their outputs, code hidden",
              [], "voila = voila.app:main"),
}


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


def linked_libraries(path):
    """Returns the libraries path loads (ldd's resolved paths), the system's own left out."""
    listing = subprocess.run(["ldd", path], check=True, capture_output=True, text=True).stdout
    found = []
    for line in listing.splitlines():
        name, arrow, target = line.strip().partition(" => ")
        if arrow and not SYSTEM_LIBRARIES.match(name) and target.startswith("/"):
            found.append(target.split(" (")[0])
    return found


def bundle_libraries(files, name):
    """Copies the libraries files' extension modules link into name.libs/ and points their run paths there."""
    libs_dir = re.sub(r"[-_.]+", "_", name) + ".libs"
    extensions = [rel for rel in files if re.search(r"\.so(\.|$)", rel)]
    libraries = sorted({lib for rel in extensions for lib in linked_libraries(os.path.join(SITE, rel))})
    if not libraries:
        return
    with tempfile.TemporaryDirectory() as work:
        def patched(source, arcname, rpath):
            copy = os.path.join(work, os.path.basename(arcname))
            shutil.copyfile(source, copy)
            subprocess.run(["patchelf", "--set-rpath", rpath, copy], check=True)
            with open(copy, "rb") as handle:
                return handle.read()

        for lib in libraries:
            files[f"{libs_dir}/{os.path.basename(lib)}"] = patched(lib, lib, "$ORIGIN")
        for rel in extensions:
            up = os.path.relpath(libs_dir, os.path.dirname(rel) or ".")
            files[rel] = patched(os.path.join(SITE, rel), rel, f"$ORIGIN/{up}")
    print(f"{name}: bundled {', '.join(os.path.basename(lib) for lib in libraries)}")


def metadata_text(dist):
    """The distribution's metadata: a dist-info's METADATA, an egg-info folder's PKG-INFO, or an egg-info file."""
    path = metadata_dir(dist)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    return dist.read_text("METADATA") or dist.read_text("PKG-INFO")


def wheel_of_debian(out, dist, requires, published_name=None):
    name = published_name or dist.metadata["Name"]
    files = {}
    for rel in package_files(dist):
        with open(os.path.join(SITE, rel), "rb") as handle:
            files[rel] = handle.read()
    bundle_libraries(files, name)
    header, blank, body = metadata_text(dist).partition("\n\n")
    version = dist.version
    if version == "0.0.0":
        # Built by setuptools-scm outside a git checkout (pure_eval): the Debian package's upstream version is true.
        version = re.sub(r"^\d+:|-[^-]*$", "", subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", owner(dist)], check=True, capture_output=True, text=True).stdout)
        header = re.sub(r"(?m)^Version: .*$", f"Version: {version}", header)
    lines = [l for l in header.splitlines() if not l.startswith("Requires-Dist:")]
    lines = [f"Name: {name}" if l.startswith("Name:") else l for l in lines]
    lines += [f"Requires-Dist: {r}" for r in requires]
    metadata = "\n".join(lines) + "\n" + blank + body
    write_wheel(out, name, version, files, metadata, dist.read_text("entry_points.txt"))


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


def stand_in(out, folder, name, version, summary, requires, script):
    source = os.path.join(HERE, folder)
    files = {}
    for entry in sorted(os.listdir(source)):
        if entry.endswith(".py"):
            with open(os.path.join(source, entry), "rb") as handle:
                files[f"{folder}/{entry}"] = handle.read()
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {summary}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    write_wheel(out, name, version, files, metadata, f"[console_scripts]\n{script}\n")


def main():
    out = sys.argv[1]
    published = dict(arg.partition("=")[::2] for arg in sys.argv[2:])
    names = list(published)
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
    renamed = {}
    for name in names:
        if canonicalize_name(name) not in available:
            sys.exit(f"{name} is required but Debian installed no such distribution in {SITE}")
        todo.append(owner(available[canonicalize_name(name)]))
        if published[name]:
            renamed[canonicalize_name(name)] = published[name]
    done = set()
    while todo:
        package = todo.pop()
        if package in done:
            continue
        done.add(package)
        requires = reachable_dists(package, {package})
        for dist in dists_of.get(package, []):
            extras = [r for r in (dist.requires or []) if "extra ==" in r]
            wheel_of_debian(out, dist, sorted({d.metadata["Name"] for d in requires}) + extras,
                            renamed.get(canonicalize_name(dist.metadata["Name"])))
        todo += [owner(d) for d in requires]
    for folder, (name, version, summary, requires, script) in STAND_INS.items():
        stand_in(out, folder, name, version, summary, requires, script)


if __name__ == "__main__":
    main()
