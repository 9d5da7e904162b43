"""A stand-in for the file processing: looks for uploaded files and touches /tmp/alive on every round."""
import os
import pathlib
import time

from common import ENVIRONMENT

UPLOADS = pathlib.Path(os.environ.get("UPLOAD_DIR", "/var/lib/trytond/uploads"))
ALIVE = pathlib.Path("/tmp/alive")

if __name__ == "__main__":
    print(f"processing started ({ENVIRONMENT}), watching {UPLOADS}", flush=True)
    while True:
        ALIVE.touch()
        if UPLOADS.is_dir():
            for upload in sorted(UPLOADS.iterdir()):
                print(f"would process {upload.name}", flush=True)
        time.sleep(10)
