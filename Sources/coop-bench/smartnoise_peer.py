"""SmartNoise SQL on the benchmark store: employees per home commune and mode.

Prints the best of three wall times in seconds on its last line. Run by coop-bench.
"""
import sqlite3
import sys
import time

import snsql
from snsql import Privacy

METADATA = {
    "bench": {
        "main": {
            "employees": {
                "row_privacy": True,
                "rows": 1000000,
                "home_zone": {"type": "int", "lower": 97401, "upper": 97424},
                "mode": {"type": "string"},
            }
        }
    }
}


def main():
    connection = sqlite3.connect(sys.argv[1])
    reader = snsql.from_connection(connection, engine="sqlite", privacy=Privacy(epsilon=0.5, delta=1e-6), metadata=METADATA)
    query = "SELECT home_zone, mode, COUNT(*) AS n FROM main.employees GROUP BY home_zone, mode"
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        reader.execute(query)
        best = min(best, time.perf_counter() - start)
    print(best)


if __name__ == "__main__":
    main()
