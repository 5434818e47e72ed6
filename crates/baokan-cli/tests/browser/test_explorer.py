"""`baokan serve` in a real browser, used as a person would: type a search, see the
hits, click one, read the article at that paragraph with the hit marked, chart a trend
and look at the timeline.

Runs headless Chromium through Selenium (Debian's `chromium` and `chromium-driver`;
`bash scripts/test.sh` installs them), on the embedded page (never skipped) and on a
handful of February 2019 files compiled into a pack (skipped when the month is absent,
as the Rust tests skip it; failed under CI). Screenshots go to `target/screenshots/`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[4]
BIN = Path(os.environ.get("BAOKAN_BIN", ROOT / "target" / "debug" / "baokan"))
SHOTS = ROOT / "target" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
# The colour app.css gives a search hit in the reader (--hit).
HIT_BACKGROUND = "rgba(255, 179, 0, 1)"
WAIT = 30


def baokan(*args: str) -> str:
    return subprocess.run([str(BIN), *args], check=True, capture_output=True, text=True).stdout


class Server:
    """`baokan [GLOBAL] serve --port 0`, its address read from its first line."""

    def __init__(self, *global_args: str) -> None:
        self.proc = subprocess.Popen(
            [str(BIN), *global_args, "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", self.url), self.url

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture(scope="module")
def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        assert Path(path).exists(), f"{path} is missing: bash scripts/test.sh installs it"
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=zh-CN",
    ):
        opts.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="baokan-chromium-")
    opts.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(WAIT)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver: WebDriver):
    return WebDriverWait(driver, WAIT)


def shot(driver: WebDriver, name: str) -> None:
    assert driver.save_screenshot(str(SHOTS / f"{name}.png")), name


def search(driver: WebDriver, query: str, *, page: str = "", dates: tuple[str, str] | None = None) -> int:
    """Types QUERY (and filters) into the search form, submits it, and returns the hit
    count the page shows once the lines are in."""
    form = driver.find_element(By.ID, "search-form")
    box = form.find_element(By.NAME, "query")
    box.clear()
    box.send_keys(query)
    page_box = form.find_element(By.NAME, "page")
    page_box.clear()
    page_box.send_keys(page)
    # A date input's typing order depends on the locale; set it as a date picker does.
    for name, value in zip(("from", "to"), dates or ("", "")):
        field = form.find_element(By.NAME, name)
        driver.execute_script("arguments[0].value = arguments[1]", field, value)
    before = driver.find_elements(By.ID, "hit-count")
    form.find_element(By.TAG_NAME, "button").click()
    if before:
        wait(driver).until(EC.staleness_of(before[0]))
    wait(driver).until(EC.presence_of_element_located((By.ID, "hit-count")))
    count = int(driver.find_element(By.ID, "hit-count").text)
    rows = driver.find_elements(By.CSS_SELECTOR, "#kwic tr.hit-row")
    assert len(rows) == min(count, 50), (count, len(rows))
    return count


def open_hit(driver: WebDriver, row) -> str:
    """Clicks a KWIC line and checks the reader: at that paragraph, scrolled to it, the
    hit marked in the hit colour. Returns the paragraph id."""
    paragraph = row.find_element(By.CSS_SELECTOR, ".pid").text.split(":")[-1]
    keyword = row.find_element(By.CSS_SELECTOR, ".kw").text
    row.click()
    wait(driver).until(EC.visibility_of_element_located((By.ID, "view-reader")))
    target = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".para.target")))
    assert target.get_attribute("data-id") == paragraph
    hits = target.find_elements(By.CSS_SELECTOR, ".hit")
    assert hits, "the hit is not marked"
    assert "".join(h.text for h in hits) == keyword
    assert hits[0].value_of_css_property("background-color") == HIT_BACKGROUND
    in_view = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;",
        hits[0],
    )
    assert in_view, "the hit is not scrolled into view"
    return paragraph


def chart_shown(driver: WebDriver, img_id: str) -> None:
    img = wait(driver).until(EC.visibility_of_element_located((By.ID, img_id)))
    wait(driver).until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img))
    assert img.size["width"] > 300 and img.size["height"] > 200, img.size


def test_embedded_page(browser: WebDriver) -> None:
    expected = int(baokan("search", "乡村振兴", "--count"))
    assert expected == 15
    server = Server()
    try:
        d = browser
        d.get(server.url)
        wait(d).until(EC.text_to_be_present_in_element((By.ID, "corpus-stats"), "2 articles"))

        assert search(d, "乡村振兴") == expected
        shot(d, "embedded-search")
        rows = d.find_elements(By.CSS_SELECTOR, "#kwic tr.hit-row")
        in_13 = [r for r in rows if r.find_element(By.CSS_SELECTOR, ".pid").text.startswith("1.3.")]
        assert in_13, "no hit in section 1.3"
        paragraph = open_hit(d, in_13[2])
        assert paragraph.startswith("1.3.")

        # Mentions are marked by type, each with its typed value on hover.
        titles = {
            cls: [e.get_attribute("title") for e in d.find_elements(By.CSS_SELECTOR, f"#reader .{cls}")]
            for cls in ("m-figure", "m-date", "m-person", "m-place", "m-org", "m-quote")
        }
        for cls, found in titles.items():
            assert found, f"no {cls} marked"
        assert any("518000 人" in t for t in titles["m-figure"]), titles["m-figure"][:5]
        assert any("2021-06" in t for t in titles["m-date"]), titles["m-date"][:5]
        assert any("speaker: 习近平" in t for t in titles["m-quote"]), titles["m-quote"][:5]
        assert any("person 习近平" in t for t in titles["m-person"])
        shot(d, "embedded-reader")

        # The paragraph's source line, one click away.
        d.find_element(By.CSS_SELECTOR, f'.para[data-id="{paragraph}"] .pid').click()
        line = wait(d).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#source-panel pre.source-line")))
        where = d.find_element(By.CSS_SELECTOR, "#source-panel code").text
        assert re.fullmatch(r"000_bb83d75fffceb494\.txt:\d+:\d+", where), where
        assert "乡村振兴" in line.text
        shot(d, "embedded-source")

        d.find_element(By.CSS_SELECTOR, 'header nav a[data-view="trend"]').click()
        form = d.find_element(By.ID, "trend-form")
        form.find_element(By.NAME, "terms").send_keys("乡村振兴 党建")
        form.find_element(By.TAG_NAME, "button").click()
        chart_shown(d, "trend-chart")
        cells = [c.text for c in d.find_elements(By.CSS_SELECTOR, "#trend-table td")]
        assert "乡村振兴" in cells and "15" in cells, cells
        shot(d, "embedded-trend")

        d.find_element(By.CSS_SELECTOR, 'header nav a[data-view="timeline"]').click()
        chart_shown(d, "timeline-chart")
        first = d.find_element(By.CSS_SELECTOR, "#timeline tr td").text
        assert first == "1943", first
        shot(d, "embedded-timeline")
    finally:
        server.stop()


def february() -> Path | None:
    month = Path(os.environ.get("BAOKAN_FEBRUARY", ROOT.parent / "shared" / "corpus" / "rmrb-2019-02"))
    if month.is_dir():
        return month
    assert "CI" not in os.environ, f"the February month is missing at {month}"
    return None


def test_a_few_february_files(browser: WebDriver, tmp_path: Path) -> None:
    month = february()
    if month is None:
        pytest.skip("no February month")
    # Pages 1 to 4 of two days: 44 articles in date folders, named as the archive names them.
    pages = tmp_path / "pages"
    for day in ("20190201", "20190202"):
        (pages / day).mkdir(parents=True)
        for f in sorted((month / day).glob(f"{day}-0[1-4]-*.txt")):
            shutil.copy(f, pages / day / f.name)
    pack = tmp_path / "feb.pack"
    subprocess.run([str(BIN), "compile", str(pages), "-o", str(pack)], check=True, capture_output=True)
    corpus = ("--corpus", str(pack))
    count = lambda *filters: int(baokan(*corpus, "search", "春节", "--count", *filters))
    server = Server(*corpus)
    try:
        d = browser
        d.get(server.url)
        wait(d).until(EC.text_to_be_present_in_element((By.ID, "corpus-stats"), "44 articles"))
        assert search(d, "春节") == count() > 0
        on_day = search(d, "春节", dates=("2019-02-02", "2019-02-02"))
        assert on_day == count("--dates", "2019-02-02..2019-02-02") > 0
        front = search(d, "春节", page="1")
        assert front == count("--page", "1") > 0
        assert front < count()
        shot(d, "february-search")
        rows = d.find_elements(By.CSS_SELECTOR, "#kwic tr.hit-row")
        open_hit(d, rows[-1])
        shot(d, "february-reader")

        d.get(f"{server.url}#/trend")
        form = d.find_element(By.ID, "trend-form")
        form.find_element(By.NAME, "terms").send_keys("春节 改革")
        form.find_element(By.NAME, "by").send_keys("day")
        form.find_element(By.TAG_NAME, "button").click()
        chart_shown(d, "trend-chart")
        periods = {c.text for c in d.find_elements(By.CSS_SELECTOR, "#trend-table td:first-child")}
        assert {"2019-02-01", "2019-02-02"} <= periods, periods
        shot(d, "february-trend")
    finally:
        server.stop()
