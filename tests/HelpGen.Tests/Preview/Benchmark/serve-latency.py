#!/usr/bin/env python3
"""Save-to-served latency of `helpgen serve` (a benchmark, not a test).

Starts `helpgen serve` on a corpus, then edits one article N times. Each time it saves the file and polls
the article's page until the page shows the edit: the time from the end of the save to the first response
containing the edit is one sample. Prints median/p90/min/max of those samples, of the server's own
"Rebuilt (...) in X ms" log lines, the start-up time and the server's memory.

    python3 serve-latency.py --dll src/HelpGen.Cli/bin/Release/net10.0/HelpGen.Cli.dll \
        --source /tmp/c10k-copy --theme themes/default --article en/faq/<slug>.md --page en-us/faq/<slug>/

Use a copy of the corpus: the script edits it (and restores the article at the end).
"""
import argparse, http.client, os, re, signal, statistics, subprocess, sys, threading, time


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(name, values):
    if not values:
        return f"{name}: no samples"
    return (f"{name}: median {statistics.median(values):.1f} ms, p90 {percentile(values, 90):.1f} ms, "
            f"min {min(values):.1f} ms, max {max(values):.1f} ms (n={len(values)})")


def memory_mib(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dll", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--theme")
    ap.add_argument("--article", required=True, help="article path relative to --source")
    ap.add_argument("--page", required=True, help="its page folder, e.g. en-us/faq/slug/")
    ap.add_argument("--port", type=int, default=5180)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--mode", choices=["body", "heading", "title"], default="body")
    ap.add_argument("--pause", type=float, default=0.4, help="seconds between edits")
    args = ap.parse_args()

    command = ["dotnet", args.dll, "serve", "--source", args.source, "--port", str(args.port)]
    if args.theme:
        command += ["--theme", args.theme]
    started = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log, ready = [], threading.Event()

    def pump():
        for line in server.stdout:
            log.append(line.rstrip("\n"))
            if line.startswith("Serving "):
                ready.set()
    threading.Thread(target=pump, daemon=True).start()
    if not ready.wait(3600):
        server.kill()
        sys.exit("server did not start:\n" + "\n".join(log[-20:]))
    startup = time.monotonic() - started
    print(f"start-up (full build + listen): {startup:.1f} s; memory after start: {memory_mib(server.pid)}")

    path = os.path.join(args.source, args.article)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)

    slowest = [0.0]

    def get():
        asked = time.monotonic()
        connection.request("GET", "/" + args.page)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        slowest[0] = max(slowest[0], (time.monotonic() - asked) * 1000)
        return body

    samples = []
    try:
        for run in range(args.runs):
            marker = f"benchmark-edit-{os.getpid()}-{run}"
            text = edit(original, marker, args.mode)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            saved = time.monotonic()
            deadline = saved + 600
            while marker not in get():
                if time.monotonic() > deadline:
                    sys.exit(f"run {run}: the page never showed the edit")
                time.sleep(0.001)
            samples.append((time.monotonic() - saved) * 1000)
            time.sleep(args.pause)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(args.pause + 0.5)
        memory = memory_mib(server.pid)
        server.send_signal(signal.SIGTERM)
        server.wait(30)

    rebuilds = [float(m.group(2)) for m in (re.match(r"Rebuilt \((\w+)\) in (\d+) ms", l) for l in log) if m]
    kinds = sorted({m.group(1) for m in (re.match(r"Rebuilt \((\w+)\)", l) for l in log) if m})
    print(f"mode {args.mode}, rebuild kinds: {', '.join(kinds)}")
    print(summary("save -> page served", samples))
    print(summary("server rebuild (log)", rebuilds[: args.runs]))
    searches = [float(m.group(1)) for m in (re.match(r"Search index updated in (\d+) ms", l) for l in log) if m]
    print(summary("background search index updates (log)", searches))
    print(f"slowest single GET while editing: {slowest[0]:.1f} ms")
    print(f"memory at the end: {memory}")


def edit(original, marker, mode):
    front, body = original.split("\n---\n", 1)
    if mode == "title":
        front = re.sub(r"^title: (.*)$", lambda m: f"title: {retitle(m.group(1).strip(), marker)}", front, count=1, flags=re.M)
        return front + "\n---\n" + body
    if mode == "heading":
        body = re.sub(r"^## (.*)$", lambda m: f"## {m.group(1)} {marker}", body, count=1, flags=re.M)
        return front + "\n---\n" + body
    return front + "\n---\n" + body.rstrip("\n") + f"\n\nA paragraph the author just typed: {marker}.\n"


def retitle(title, marker):
    if len(title) > 1 and title[0] == title[-1] and title[0] in "\"'":
        return title[:-1] + " " + marker + title[-1]
    return f"{title} {marker}"


if __name__ == "__main__":
    main()
