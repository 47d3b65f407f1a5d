"""End-to-end review in a real headless Chromium (Debian's), driven by Playwright.

Starts `claimdesk serve` on a scratch workspace with the example article, on loopback, and walks a review the
way a person would. Usage: python3 Tests/e2e/workbench_e2e.py .build/debug/claimdesk Examples/ARTICLE [SHOTS_DIR]
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright

BINARY, EXAMPLE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
results = {"passed": 0, "failed": 0}


def check(name, condition):
    results["passed" if condition else "failed"] += 1
    print(("ok   " if condition else "FAIL ") + name, flush=True)


def serve(workspace, env, team=False):
    process = subprocess.Popen([BINARY, "serve", "--port", "0", *(["--team"] if team else [])], cwd=workspace, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    pattern = r"(http://127\.0\.0\.1:\d+/login)\s" if team else r"(http://127\.0\.0\.1:\d+/login\?token=[0-9a-f]+)"
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(pattern, line)
        if match:
            return process, match.group(1)
        if not line and process.poll() is not None:
            break
    raise SystemExit("claimdesk serve did not print its address")


def axe_clean(page, name):
    from axe_playwright_python.sync_playwright import Axe
    violations = [v for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    for v in violations:
        print("     axe:", v["id"], v["impact"], v["help"], flush=True)
    check(f"axe: no serious or critical violation on {name}", not violations)


def appears(locator, seconds=10):
    """Whether the locator matches within the time (a locator wait: the pages' CSP forbids the string evaluation
    that wait_for_function polls with)."""
    try:
        locator.wait_for(timeout=seconds * 1000)
        return True
    except Exception as error:
        print("     waited in vain:", str(error).splitlines()[0], flush=True)
        return False


def live_updates(browser, page, workspace, env):
    """A second browser context, and the CLI, change what an open page shows; it follows without a reload and
    keeps what its reader is typing."""
    origin = page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2]
    reader = browser.new_context(viewport={"width": 1440, "height": 1000})
    reader.add_cookies(page.context.cookies())
    watching = reader.new_page()
    watching.goto(origin + "/claims/c2")
    watching.locator("#note").fill("half-typed note")
    other = browser.new_context(viewport={"width": 1440, "height": 1000})
    other.add_cookies(page.context.cookies())
    writer = other.new_page()
    writer.goto(origin + "/claims/c2")
    writer.locator("#status").select_option("in_review")
    with writer.expect_navigation():
        writer.locator("#status-form button[type=submit]").click()
    check("live: a second browser context sees the first one's change without a reload",
          appears(watching.locator("h1 .badge", has_text="in review")))
    check("live: what the reader was typing is kept", watching.locator("#note").input_value() == "half-typed note")
    watching.goto(origin + "/documents/d1")
    subprocess.run([BINARY, "mark", "c3", "in_review", "--reviewer", "cli"], cwd=workspace, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    check("live: a change made with the CLI shows on the open document view",
          appears(watching.locator('.claim-item[data-claim="c3"] .badge', has_text="in review")))
    reader.close()
    other.close()


def check_sources(page, base):
    """"Check sources now" against scripts/loopback_server.py (the server allows the private network through
    CLAIMDESK_ALLOW_PRIVATE_NETWORK, as the CLI would), then the archived copy with the excerpt marked."""
    port_file = os.path.join(tempfile.mkdtemp(prefix="claimdesk-e2e-site-"), "port")
    site = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "loopback_server.py"), "0", port_file])
    try:
        deadline = time.time() + 10
        while time.time() < deadline and not (os.path.exists(port_file) and open(port_file).read().strip()):
            time.sleep(0.1)
        port = open(port_file).read().strip()
        excerpt = "The unemployment rate fell to 4.1 percent"
        page.goto(base + "/claims/c2")
        page.locator("#source-url").fill(f"http://127.0.0.1:{port}/article")
        page.locator("#excerpt").fill(excerpt)
        with page.expect_navigation():
            page.locator("#source-form button[type=submit]").click()
        with page.expect_navigation():
            page.locator("#check-sources").click()
        check("Check sources now archives a capture",
              "Checked 1 source of c2" in (page.locator("#live").get_attribute("data-announce") or ""))
        with page.expect_navigation():
            page.locator(".capture-link").first.click()
        check("the archived copy marks the excerpt", page.locator("mark#excerpt").inner_text() == excerpt)
        axe_clean(page, "the archived capture")
    finally:
        site.terminate()
        site.wait(timeout=10)


def team_mode(browser, env):
    """In team mode a reviewer cannot override a guardrail, and an editor can."""
    workspace = tempfile.mkdtemp(prefix="claimdesk-e2e-team-")
    for args in (["init"], ["ingest", EXAMPLE, "--title", "OpenAI et le Pentagone"]):
        subprocess.run([BINARY, *args], cwd=workspace, env=env, check=True, stdout=subprocess.DEVNULL)
    for name, role in (("rita", "reviewer"), ("ed", "editor"), ("ada", "admin")):
        subprocess.run([BINARY, "users", "add", name, "--role", role], cwd=workspace, env=env, check=True,
                       input=f"{name} has a long password\n", text=True, stdout=subprocess.DEVNULL)
    server, login = serve(workspace, env, team=True)
    try:
        def log_in(name):
            page = browser.new_context(viewport={"width": 1440, "height": 1000}).new_page()
            page.goto(login.replace("/login", "/claims/c1"))
            page.locator("#login-name").fill(name)
            page.locator("#login-password").fill(f"{name} has a long password")
            with page.expect_navigation():
                page.locator("#login-form button[type=submit]").click()
            return page
        rita = log_in("rita")
        check("team mode: the login form leads back to the claim", rita.url.endswith("/claims/c1")
              and "rita (reviewer)" in rita.locator("#account-name").inner_text())
        check("team mode: a reviewer has no override box", rita.locator("#force").count() == 0
              and rita.locator("#no-override").is_visible())
        rita.evaluate("""() => { const input = document.createElement('input');
            input.type = 'hidden'; input.name = 'force'; input.value = 'on';
            document.getElementById('status-form').appendChild(input); }""")
        rita.locator("#status").select_option("verified")
        rita.locator("#note").fill("trust me")
        with rita.expect_navigation():
            rita.locator("#status-form button[type=submit]").click()
        check("team mode: a reviewer's forged override is refused, saying who may",
              "only an editor can override" in rita.locator("#status-error").inner_text()
              and rita.locator("h1 .badge").inner_text() == "unverified")
        ed = log_in("ed")
        ed.locator("#status").select_option("verified")
        ed.locator("#note").fill("confirmed with the ministry by phone")
        ed.locator("#force").check()
        with ed.expect_navigation():
            ed.locator("#status-form button[type=submit]").click()
        recorded = ed.evaluate("""() => [...document.querySelectorAll('.history tbody tr')].some(row =>
            row.cells[1].textContent === 'ed' && row.cells[2].textContent.includes('override'))""")
        check("team mode: an editor overrides the guardrail, recorded as his override",
              ed.locator("h1 .badge").inner_text() == "verified" and recorded)
        axe_clean(ed, "the claim panel in team mode")
        with ed.expect_navigation():
            ed.locator("#logout").click()
        check("team mode: logging out leads to the login form", ed.locator("#login-form").count() == 1)
        ada = log_in("ada")
        ada.goto(login.replace("/login", "/users"))
        check("team mode: an admin sees the accounts", "rita" in ada.locator("table.users").inner_text())
        axe_clean(ada, "the accounts page")
    finally:
        server.send_signal(2)
        server.wait(timeout=30)
    check("team mode: the server stops cleanly on SIGINT with a live page open", server.returncode == 0)


def main():
    workspace = tempfile.mkdtemp(prefix="claimdesk-e2e-")
    env = dict(os.environ, CLAIMDESK_DB="claimdesk.sqlite", CLAIMDESK_REVIEWER="e2e", CLAIMDESK_NOW="2026-03-10T09:00:00Z",
               CLAIMDESK_ALLOW_PRIVATE_NETWORK="1")
    for args in (["init"], ["ingest", EXAMPLE, "--title", "OpenAI et le Pentagone"]):
        subprocess.run([BINARY, *args], cwd=workspace, env=env, check=True, stdout=subprocess.DEVNULL)
    server, url = serve(workspace, env)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.goto(url + "&next=/documents/d1")
            claims = page.locator(".claim-item").count()
            check("the document view lists the claims", claims > 5)
            check("every claim is highlighted in the article",
                  page.evaluate("""() => { const ids = new Set();
                      document.querySelectorAll('.hl').forEach(m => m.dataset.claims.split(' ').forEach(i => ids.add(i)));
                      return ids.size; }""") == claims)
            axe_clean(page, "the document view")
            if SHOTS:
                page.screenshot(path=os.path.join(SHOTS, "document-view.png"))
            page.keyboard.press("j")
            page.keyboard.press("j")
            check("j moves to the second claim", page.locator(".claim-item.current").get_attribute("data-claim") == "c2")
            page.keyboard.press("k")
            check("k moves back to the first", page.locator(".claim-item.current").get_attribute("data-claim") == "c1")
            page.locator("#q").fill("vvvv")
            check("shortcuts never fire while typing", page.locator("#q").input_value() == "vvvv")
            page.keyboard.press("Escape")
            page.keyboard.press("?")
            check("? opens the help", page.locator("#help").is_visible())
            page.keyboard.press("Escape")
            check("Esc closes it", not page.locator("#help").is_visible())
            page.goto(page.url.split("/documents")[0] + "/claims/c1")
            with page.expect_navigation():
                page.keyboard.press("v")
            check("verify without a source is refused, with what is missing",
                  "needs at least one active source" in page.locator("#status-error").inner_text())
            axe_clean(page, "the claim panel with a refusal")
            page.keyboard.press("Escape")
            page.keyboard.press("s")
            check("s goes to the source form", page.evaluate("document.activeElement.id") == "source-url")
            page.locator("#source-url").fill("https://www.example.org/annonce")
            page.locator("#excerpt").fill("a annoncé sa démission")
            with page.expect_navigation():
                page.locator("#source-form button[type=submit]").click()
            check("the source is listed", "https://www.example.org/annonce" in page.locator(".sources").inner_text())
            with page.expect_navigation():
                page.keyboard.press("v")
            check("verify now succeeds", page.locator("h1 .badge").inner_text() == "verified")
            check("the change is announced", "is now verified" in (page.locator("#live").get_attribute("data-announce") or ""))
            page.reload()
            check("the history holds the event after a reload", "verified" in page.locator(".history").inner_text())
            page.goto(page.url.split("/claims")[0] + "/documents/d1")
            check("the highlight takes the new colour", page.locator(".hl.st-verified").count() >= 1)
            selected = page.evaluate("""() => {
                const article = document.getElementById('article').textContent;
                const once = s => article.split(s.textContent.slice(5, 30)).length === 2;
                const segment = [...document.querySelectorAll('#article span[data-o]')]
                    .find(s => s.textContent.length > 40 && once(s));
                const range = document.createRange();
                range.setStart(segment.firstChild, 5); range.setEnd(segment.firstChild, 30);
                const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
                document.getElementById('article').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return selection.toString(); }""")
            check("a selection fills the add-claim form", page.locator("#quote").input_value() == selected
                  and page.locator("#start16").input_value() != "")
            with page.expect_navigation():
                page.locator("#add-claim button[type=submit]").click()
            check("the selected quote becomes a claim", "/claims/" in page.url and "changed=added" in page.url
                  and page.locator(".occurrences mark").first.inner_text() == selected)
            for path, name in (("/documents", "the documents list"), ("/queue", "the review queue"),
                               ("/search?q=Pentagone", "search"), ("/reports", "reports")):
                page.goto(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + path)
                axe_clean(page, name)
            live_updates(browser, page, workspace, env)
            check_sources(page, page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2])
            upload = os.path.join(workspace, "upload.txt")
            with open(upload, "w", encoding="utf-8") as handle:
                handle.write("Le chômage a reculé à 7,1 % au quatrième trimestre 2025, selon l’Insee.\n")
            page.goto(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + "/documents")
            page.locator("#ingest-file").set_input_files(upload)
            with page.expect_navigation():
                page.locator("#ingest-form button[type=submit]").click()
            check("a file uploaded on the documents page is ingested",
                  "/documents/d2" in page.url and "7,1 %" in page.locator("#article").inner_text())
            narrow = browser.new_page(viewport={"width": 390, "height": 900})
            narrow.context.add_cookies(page.context.cookies())
            narrow.goto(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + "/documents/d1")
            width = narrow.evaluate("document.documentElement.scrollWidth")
            check("the 390 px layout does not scroll sideways", width <= 392)
            if SHOTS:
                narrow.screenshot(path=os.path.join(SHOTS, "document-view-390.png"))
            team_mode(browser, env)
            browser.close()
    finally:
        server.send_signal(2)
        server.wait(timeout=30)
    check("the server stops cleanly on SIGINT", server.returncode == 0)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
