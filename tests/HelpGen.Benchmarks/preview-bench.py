#!/usr/bin/env python3
"""The preview's figures (a benchmark, not a test; `dotnet test` never runs it).

Copies a corpus (the script edits its copy), starts `helpgen serve` on it and measures:
  - ready: from starting the process to the "Serving ... at" line (the first page can be requested), and complete:
    to the first "Search index, related articles and sitemap updated" line (the background whole-site work);
  - peak RSS (VmHWM) of the server and its CPU seconds (user + system) at start and at the end;
  - save -> served: for each of --runs edits (title edits, then body edits), the time from the end of the save to
    the first response of the edited page that shows the edit;
  - the longest request while rebuilding: a second client GETs another page every 20 ms from the first edit to the
    end; the slowest answer overall, the slowest overlapping a rebuild (a save until its "Rebuilt" line) and the
    slowest outside those (background work) are reported.

    dotnet publish src/HelpGen.Cli -c Release -r linux-x64 -o /dev/shm/pub     # the Native AOT executable
    python3 tests/HelpGen.Benchmarks/preview-bench.py --corpus /dev/shm/c10k --helpgen /dev/shm/pub/HelpGen.Cli

--helpgen takes the executable, or a HelpGen.Cli.dll (run with `dotnet`, e.g. the JIT build of
`dotnet build -c Release src/HelpGen.Cli`: src/HelpGen.Cli/bin/Release/net10.0/HelpGen.Cli.dll).

The corpus comes from `python3 ../shared/bench/gen-corpus.py --articles 10000 --out /dev/shm/c10k`.
"""
import argparse, glob, http.client, os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time


def summary(name, values):
    if not values:
        return f"{name}: no samples"
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return f"{name}: median {statistics.median(values):.0f} ms, p90 {p90:.0f} ms, max {max(values):.0f} ms (n={len(values)})"


def status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    with open(f"/proc/{pid}/stat") as f:
        parts = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    fields["cpu_s"] = (int(parts[11]) + int(parts[12])) / ticks
    return fields


def get(connection, page):
    connection.request("GET", "/" + page)
    response = connection.getresponse()
    return response.read().decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helpgen", "--dll", dest="helpgen", required=True, help="the helpgen executable or HelpGen.Cli.dll")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--theme")
    ap.add_argument("--port", type=int, default=5180)
    ap.add_argument("--runs", type=int, default=5, help="edits of each kind")
    ap.add_argument("--pause", type=float, default=2.0, help="seconds between edits")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="helpgen-preview-bench-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    source = os.path.join(work, "src")
    shutil.copytree(args.corpus, source)
    articles = sorted(glob.glob(os.path.join(source, "en", "*", "*.md")))
    article, poll = articles[len(articles) // 2], articles[len(articles) // 3]
    page = lambda path: "en-us/" + os.path.relpath(path, os.path.join(source, "en"))[:-3] + "/"
    command = (["dotnet"] if args.helpgen.endswith(".dll") else []) + [args.helpgen, "serve", "--source", source, "--port", str(args.port)]
    if args.theme:
        command += ["--theme", args.theme]
    started = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    log, ready, complete = [], threading.Event(), threading.Event()
    marks = {}

    events = []  # (time, line) of every log line, to place slow requests

    def pump():
        for line in server.stdout:
            log.append(line.rstrip("\n"))
            events.append((time.monotonic(), line.rstrip("\n")))
            if line.startswith("Serving "):
                marks["ready"] = time.monotonic() - started
                ready.set()
            if line.startswith("Search index, related articles and sitemap updated") and not complete.is_set():
                marks["complete"] = time.monotonic() - started
                complete.set()
    threading.Thread(target=pump, daemon=True).start()
    try:
        if not ready.wait(3600):
            sys.exit("server did not start:\n" + "\n".join(log[-20:]))
        first = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        asked = time.monotonic()
        get(first, page(article))
        first_page = (time.monotonic() - asked) * 1000
        complete.wait(3600)
        at_start = status(server.pid)
        print(f"ready (listening, pages served): {marks['ready']:.1f} s; first page {first_page:.0f} ms; "
              f"complete (search index, related articles, sitemap): {marks.get('complete', float('nan')):.1f} s")
        print(f"after start: peak RSS {at_start['VmHWM']:.0f} MiB, RSS {at_start['VmRSS']:.0f} MiB, CPU {at_start['cpu_s']:.1f} s")

        slowest, stop, requests = [0.0], threading.Event(), []

        def poller():
            connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
            while not stop.is_set():
                asked = time.monotonic()
                get(connection, page(poll))
                answered = time.monotonic()
                requests.append((asked, answered))
                slowest[0] = max(slowest[0], (answered - asked) * 1000)
                time.sleep(0.02)
        polling = threading.Thread(target=poller, daemon=True)
        polling.start()

        with open(article, encoding="utf-8") as f:
            original = f.read()
        connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        results, saves = {}, []
        for mode in ("title", "body"):
            samples = []
            for run in range(args.runs):
                marker = f"bench{mode}{os.getpid()}x{run}"
                with open(article, "w", encoding="utf-8") as f:
                    f.write(edit(original, marker, mode))
                saved = time.monotonic()
                saves.append(saved)
                while marker not in get(connection, page(article)):
                    if time.monotonic() - saved > 600:
                        sys.exit(f"{mode} run {run}: the page never showed the edit")
                    time.sleep(0.005)
                samples.append((time.monotonic() - saved) * 1000)
                time.sleep(args.pause)
            results[mode] = samples
        stop.set()
        polling.join()
        end = status(server.pid)
        for mode, samples in results.items():
            print(summary(f"{mode} edit: save -> page served", samples))
        print(f"longest request while a save was being rebuilt (save to its 'Rebuilt' line): {max_in(requests, windows(saves, events, 'Rebuilt')):.0f} ms; "
              f"outside those windows (background work): {max_out(requests, windows(saves, events, 'Rebuilt')):.0f} ms")
        rebuilds = [float(m.group(1)) for m in (re.match(r"Rebuilt in (\d+) ms", l) for l in log) if m]
        sites = [float(m.group(1)) for m in (re.match(r"Search index, related articles and sitemap updated in (\d+) ms", l) for l in log) if m]
        print(summary("rebuild, save to snapshot swapped (server log)", rebuilds))
        print(summary("background whole-site work (server log)", sites))
        print(f"longest request of a client polling every 20 ms during the edits: {slowest[0]:.0f} ms")
        print(f"at the end: peak RSS {end['VmHWM']:.0f} MiB, RSS {end['VmRSS']:.0f} MiB, CPU {end['cpu_s']:.1f} s")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


def windows(saves, events, prefix):
    """(save, first log line starting with prefix after it) for each save."""
    spans = []
    for saved in saves:
        ends = [t for t, line in events if t >= saved and line.startswith(prefix)]
        spans.append((saved, ends[0] if ends else saved))
    return spans


def overlaps(request, spans):
    asked, answered = request
    return any(asked < end and answered > start for start, end in spans)


def max_in(requests, spans):
    return max([(b - a) * 1000 for a, b in requests if overlaps((a, b), spans)], default=0.0)


def max_out(requests, spans):
    return max([(b - a) * 1000 for a, b in requests if not overlaps((a, b), spans)], default=0.0)


def edit(original, marker, mode):
    front, body = original.split("\n---\n", 1)
    if mode == "title":
        front = re.sub(r"^title: (.*)$", lambda m: f"title: {retitle(m.group(1).strip(), marker)}", front, count=1, flags=re.M)
        return front + "\n---\n" + body
    return front + "\n---\n" + body.rstrip("\n") + f"\n\nA paragraph the author just typed: {marker}.\n"


def retitle(title, marker):
    if len(title) > 1 and title[0] == title[-1] and title[0] in "\"'":
        return title[:-1] + " " + marker + title[-1]
    return f"{title} {marker}"


if __name__ == "__main__":
    main()
