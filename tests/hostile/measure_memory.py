#!/usr/bin/env python3
"""Ten hostile workbooks in a row against the real server, for each GC configuration: the time of each answer and the
server's RSS (VmRSS) before, at peak (polled every 100 ms) and 60 s after (issue 23, must-show 2).

Usage (from the repository root, after `dotnet build ScoringKernel.sln -c Release`):
    python3 tests/hostile/measure_memory.py [--configs default,workstation,...] [--settle 60] [--work /tmp/hostile]

Each configuration is one fresh server process started with the GC settings as DOTNET_ environment variables (they
override the runtimeconfig, so the settings before and after the choice are compared in one run); the server is the
built `src/ScoringKernel.Server/bin/Release/net10.0/ScoringKernel.Server.dll`, gRPC and HTTP/JSON on free loopback
ports, metrics off, its round store in a temporary folder.
"""
import argparse, base64, io, json, os, re, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "src/ScoringKernel.Server/bin/Release/net10.0/ScoringKernel.Server.dll")
CLI = os.path.join(ROOT, "src/ScoringKernel.Cli/bin/Release/net10.0/scoring.dll")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# The configurations compared. "as-built" is whatever the runtimeconfig says (nothing set); the others set the GC
# explicitly, so each row means the same whatever the project file holds.
CONFIGS = {
    "as-built": {},
    "server-gc": {"DOTNET_gcServer": "1"},
    "server-gc-no-datas": {"DOTNET_gcServer": "1", "DOTNET_GCDynamicAdaptationMode": "0"},
    "workstation": {"DOTNET_gcServer": "0"},
    "workstation-conserve": {"DOTNET_gcServer": "0", "DOTNET_gcConcurrent": "0", "DOTNET_GCConserveMemory": "5", "DOTNET_GCRetainVM": "0"},
    "server-gc-conserve": {"DOTNET_gcServer": "1", "DOTNET_GCConserveMemory": "5", "DOTNET_GCRetainVM": "0"},
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def package(sheets, extra=None, shared=None):
    """An .xlsx package of (name, sheet xml or a chunk generator) pairs, with an empty 贫困村 where the case has none."""
    if all(n != "贫困村" for n, _ in sheets):
        sheets = sheets + [("贫困村", sheet(f'<row r="1">{cells(VILLAGE_HEADER, 1)}</row>'))]
    buf = io.BytesIO()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
        z.writestr("[Content_Types].xml", f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        names = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="s{i + 1}"/>' for i, (n, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{rel}"><sheets>{names}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="s{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="ss" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", shared or f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>村</t></si></sst>')
        for i, (_, xml) in enumerate(sheets):  # noqa: the villages sheet is added below where a case has none
            if callable(xml):
                with z.open(f"xl/worksheets/sheet{i + 1}.xml", "w") as part:
                    for chunk in xml():
                        part.write(chunk)
            else:
                z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        for name, data in (extra or []):
            z.writestr(name, data)
    return buf.getvalue()


def cells(values, row):
    def letters(i):
        s, n = "", i + 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    return "".join(f'<c r="{letters(i)}{row}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))


def sheet(rows_xml):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{rows_xml}</sheetData></worksheet>'


UNIT_HEADER = ["单位代码", "单位名称", "减贫人数(人)"]
VILLAGE_HEADER = ["单位代码", "村名", "驻村工作队(是/否)", "扶贫项目投入(万元)"]


def hostile_workbooks(work):
    """The ten, as (name, bytes). Each is under the 4 MiB limit except the last, which is one byte over it."""
    books = []
    villages = os.path.join(work, "villages500k.xlsx")
    subprocess.run([sys.executable, os.path.join(ROOT, "tests/hostile/make_village_sheet.py"), villages], check=True)
    books.append(("500,000 village rows, no unit code", open(villages, "rb").read()))

    def zeros():  # 512 MiB of one byte: deflates to about 0.5 MB, refused from the zip directory before inflating
        block = b" " * (1 << 20)
        for _ in range(512):
            yield block
    books.append(("zip bomb, a 512 MiB sheet part", package([("单位指标", zeros)])))

    example = os.path.join(work, "example.xlsx")
    subprocess.run(["dotnet", CLI, "figures", os.path.join(ROOT, "specs/examples/illustrative-2015.json"), "--out", example], check=True, capture_output=True)
    books.append(("title row above the header (example workbook)", title_row(open(example, "rb").read())))

    unit_rows = "".join(f'<row r="{r}">{cells(["x" + str(r), "某县", "-1"], r)}</row>' for r in range(2, 150_002))
    books.append(("150,000 unit rows, bad codes and figures", package([("单位指标", sheet(f'<row r="1">{cells(UNIT_HEADER, 1)}</row>{unit_rows}'))])))

    xxe = f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="{MAIN}"><sheetData><row r="1">{cells(UNIT_HEADER, 1)}</row><row r="2"><c r="A2" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>'
    books.append(("XXE: an external entity in a sheet", package([("单位指标", xxe)])))

    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + f']><sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'
    books.append(("billion laughs in the shared strings", package([("单位指标", sheet(f'<row r="1">{cells(UNIT_HEADER, 1)}</row>'))], shared=laughs)))

    books.append(("a header row of 16,384 unknown columns", package([("单位指标", sheet(f'<row r="1">{cells(["列" + str(i) for i in range(16384)], 1)}</row>'))])))

    big = "长" * (1_000_000)
    books.append(("one cell of 1,000,000 characters", package([("单位指标", sheet(f'<row r="1">{cells(UNIT_HEADER, 1)}</row><row r="2">{cells(["430423", big, "1"], 2)}</row>'))])))

    shared = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">' + "".join(f"<si><t>村{i}</t></si>" for i in range(300_000)) + "</sst>"
    rows = "".join(f'<row r="{r}"><c r="B{r}" t="s"><v>{r}</v></c></row>' for r in range(2, 300_002))
    books.append(("300,000 shared strings, 300,000 village rows", package([("单位指标", sheet(f'<row r="1">{cells(UNIT_HEADER, 1)}</row>')),
                                                                       ("贫困村", sheet(f'<row r="1">{cells(VILLAGE_HEADER, 1)}</row>{rows}'))], shared=shared)))

    books.append(("4 MiB + 1 byte (over the limit)", os.urandom(4 * 1024 * 1024 + 1)))
    return books


def title_row(xlsx):
    """The workbook with a title row inserted above 单位指标's header: every row and cell reference moved down one."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                x = re.search(r"<(\w+:)?sheetData>", text).group(1) or ""  # the writer's prefix (x:) or none
                text = re.sub(r'(<(?:\w+:)?row\b[^>]* r=")(\d+)"', lambda m: f'{m.group(1)}{int(m.group(2)) + 1}"', text)
                text = re.sub(r'(<(?:\w+:)?c\b[^>]* r="[A-Z]+)(\d+)"', lambda m: f'{m.group(1)}{int(m.group(2)) + 1}"', text)
                text = re.sub(r'<(\w+:)?(dataValidations|mergeCells|conditionalFormatting)\b.*?</\1?\2>|<(\w+:)?autoFilter[^>]*/>', "", text, flags=re.S)
                text = re.sub(r'(<(?:\w+:)?pane\b[^>]*/>)', "", text)
                text = text.replace(f"<{x}sheetData>", f'<{x}sheetData><{x}row r="1"><{x}c r="A1" t="inlineStr"><{x}is><{x}t>2015年度扶贫开发工作考核指标数据表</{x}t></{x}is></{x}c></{x}row>', 1)
                data = text.encode("utf-8")
            z.writestr(item, data)
    return out.getvalue()


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Peak(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0.0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, rss_mib(self.pid))
            except FileNotFoundError:
                return
            time.sleep(0.1)


def post(url, body):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    elapsed = time.monotonic() - started
    try:
        answer = json.loads(text)
        violations = [v for d in answer.get("details", []) for v in d.get("fieldViolations", [])]
        reason = violations[0].get("reason", "") if violations else ""
        return status, elapsed, len(text), len(violations), reason
    except ValueError:
        return status, elapsed, len(text), 0, ""


def run(config, env_extra, books, settle):
    grpc_port, json_port = free_port(), free_port()
    store = tempfile.mkdtemp(prefix="hostile-store-")
    env = dict(os.environ)
    for k, v in env_extra.items():
        if v:
            env[k] = v
    server = subprocess.Popen(["dotnet", SERVER, "--urls", f"http://127.0.0.1:{grpc_port}", "--json-url", f"http://127.0.0.1:{json_port}",
                               "--metrics-url", "none", "--store", "sqlite:" + os.path.join(store, "rounds.db")],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=store)
    url = f"http://127.0.0.1:{json_port}/v1/workbooks:readFigures"
    try:
        for _ in range(300):  # up to 30 s to start
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{json_port}/v1/ruleSets", timeout=2).read()
                break
            except Exception:
                time.sleep(0.1)
        # Warm up with one small valid workbook, so "before" is a server that has answered once.
        post(url, json.dumps({"workbook": base64.b64encode(books[2][1]).decode()}).encode())
        time.sleep(2)
        before = rss_mib(server.pid)
        peak = Peak(server.pid)
        peak.start()
        rows = []
        for name, data in books:
            body = json.dumps({"workbook": base64.b64encode(data).decode()}).encode()
            status, elapsed, size, violations, reason = post(url, body)
            rows.append((name, len(data), status, elapsed, size, violations, reason, rss_mib(server.pid)))
            del body
        after_burst = rss_mib(server.pid)
        time.sleep(settle)
        peak.stop.set()
        after = rss_mib(server.pid)
        return {"config": config, "env": env_extra, "before": before, "peak": max(peak.peak, after_burst), "after_burst": after_burst, "after": after, "rows": rows}
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(store, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--settle", type=int, default=60)
    parser.add_argument("--work", default=tempfile.mkdtemp(prefix="hostile-"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    books = hostile_workbooks(args.work)
    for i, (_, data) in enumerate(books, 1):  # kept, to try one again by hand
        with open(os.path.join(args.work, f"hostile-{i:02}.xlsx"), "wb") as f:
            f.write(data)
    print("| # | workbook | bytes |")
    print("|---|---|---:|")
    for i, (name, data) in enumerate(books, 1):
        print(f"| {i} | {name} | {len(data):,} |")
    results = []
    for config in args.configs.split(","):
        r = run(config, CONFIGS[config], books, args.settle)
        results.append(r)
        print(f"\n### {config} {' '.join(f'{k}={v}' for k, v in r['env'].items() if v) or '(runtimeconfig as built)'}")
        print("| # | HTTP | reason | violations | answer bytes | time | RSS after it (MiB) |")
        print("|---|---:|---|---:|---:|---:|---:|")
        for i, (name, size, status, elapsed, answer, violations, reason, rss) in enumerate(r["rows"], 1):
            print(f"| {i} | {status} | {reason} | {violations} | {answer:,} | {elapsed:.2f} s | {rss:.1f} |")
        print(f"RSS before {r['before']:.1f} MiB, peak {r['peak']:.1f} MiB, after the ten {r['after_burst']:.1f} MiB, "
              f"{args.settle} s after {r['after']:.1f} MiB (returned within {r['after'] - r['before']:+.1f} MiB)", flush=True)
    print("\n| configuration | before | peak | right after | %d s after | after − before |" % args.settle)
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['config']} | {r['before']:.1f} | {r['peak']:.1f} | {r['after_burst']:.1f} | {r['after']:.1f} | {r['after'] - r['before']:+.1f} |")


if __name__ == "__main__":
    main()
