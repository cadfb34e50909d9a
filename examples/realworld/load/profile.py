"""Share of request-thread CPU samples by layer, from `jfr print --events jdk.ExecutionSample --stack-depth 96`,
or with the argument `alloc` of request-thread allocated bytes, from `jfr print --events jdk.ObjectAllocationSample`
(each sample weighted by the bytes it stands for).

Each sample is charged to the layer of its topmost non-JDK frame: the JDBC driver, ar4j (org.ar4j, not the
example), the pool (HikariCP), the web stack (Spring, Tomcat, Jackson), the application (the example), or the JDK
alone."""
import re
import sys

LAYERS = [("driver", ("org.postgresql.", "org.sqlite.")), ("ar4j", ("org.ar4j.",)), ("pool", ("com.zaxxer.",)),
          ("web", ("org.springframework.", "org.apache.", "tools.jackson.", "com.fasterxml.", "com.nimbusds.")),
          ("jdk", ("java.", "jdk.", "sun.", "com.sun."))]


def layer(frame):
    if frame.startswith("org.ar4j.examples."):
        return "application"
    for name, prefixes in LAYERS:
        if frame.startswith(prefixes):
            return name
    return "other"


ALLOC = len(sys.argv) > 1 and sys.argv[1] == "alloc"
EVENT = "jdk.ObjectAllocationSample {" if ALLOC else "jdk.ExecutionSample {"
UNITS = {"byte": 1, "bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
counts = {}
ar4j_methods = {}
total = 0
text = sys.stdin.read()
for block in text.split(EVENT)[1:]:
    thread = re.search(r'(?:sampledThread|eventThread) = "([^"]+)"', block)
    # platform request threads are Tomcat's http-nio-*; with virtual threads Spring Boot names them tomcat-handler-*
    if not thread or ("http-nio" not in thread.group(1) and "tomcat-handler" not in thread.group(1)):
        continue
    frames = re.findall(r"^\s+([\w.$]+)\(", block.split("stackTrace = [", 1)[-1], re.M)
    charged = "jdk"
    where = None
    for f in frames:
        l = layer(f)
        if l != "jdk":
            charged = l
            where = f
            break
    weight = 1.0
    if ALLOC:
        m = re.search(r"weight = ([\d.]+) (\w+)", block)
        weight = float(m.group(1)) * UNITS.get(m.group(2), 1) if m else 0.0
    counts[charged] = counts.get(charged, 0) + weight
    if charged == "ar4j":
        ar4j_methods[where] = ar4j_methods.get(where, 0) + weight
    total += weight
print(("request-thread allocation sampled: %.0f MB" % (total / 1e6)) if ALLOC else "request-thread samples: %d" % total)
for name in sorted(counts, key=lambda k: -counts[k]):
    print("  %-12s %5.1f %%" % (name, 100.0 * counts[name] / max(total, 1)))
if ar4j_methods:
    print("  ar4j's share by its topmost method (the first five):")
    for name in sorted(ar4j_methods, key=lambda k: -ar4j_methods[k])[:5]:
        print("    %-90s %5.1f %%" % (name, 100.0 * ar4j_methods[name] / max(total, 1)))
