"""`govextract dashboard`: the pages in a real headless Chromium, checked against the database.

The bundled corpus is batched once; the server runs on 127.0.0.1 in a thread;
Chromium and its driver come from the system's packages (`make test` installs
them). A screenshot of each page is saved under build/screenshots/.
"""
import json
import threading
import urllib.parse
import urllib.request

import duckdb
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from govextract.bulk import batch
from govextract.dashboard import create_app, export_html
from conftest import CORPUS, ROOT

SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """The corpus, and a copy of one report whose 表三 row no longer adds up (81 → 85)."""
    work = tmp_path_factory.mktemp("dashboard")
    text = (CORPUS / "平潭综合实验区_2023.copied.txt").read_text(encoding="utf-8")
    row = "一、本年新收政府信息公开申请数量\t80\t1\t0\t0\t0\t0\t81"
    assert row in text
    (work / "tampered").mkdir()
    (work / "tampered" / "平潭.txt").write_text(text.replace(row, row[:-2] + "85"), encoding="utf-8")
    out = work / "out"
    batch.run([CORPUS, work / "tampered"], out, jobs=1, progress=False, exclude=("*.gold.json",))
    return out


@pytest.fixture(scope="module")
def db(out):
    con = duckdb.connect(str(out / "govextract.duckdb"), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def server(out):
    srv = make_server("127.0.0.1", 0, create_app(str(out)), threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _wait(browser, css):
    return WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def _number(text: str):
    return float(text) if text.strip() else None


def test_overview_agency_report_and_cell(server, browser, db):
    browser.get(server + "/")
    _wait(browser, "canvas")
    browser.save_screenshot(str(SHOTS / "overview.png"))
    reports = db.execute("SELECT count(*) FROM canonical_reports").fetchone()[0]
    copies = db.execute("SELECT count(*) FROM reports").fetchone()[0] - reports
    totals = [el.text.split("\n")[0] for el in browser.find_elements(By.CSS_SELECTOR, ".totals div")]
    assert int(totals[0]) == reports and int(totals[2]) == copies
    assert browser.execute_script("return document.fonts.check('16px \"Noto Sans CJK SC\"')")
    assert browser.execute_script("return [...document.querySelectorAll('canvas')]"
                                  ".every(c => c.dataset.drawn === '1' && c.width > 0)")

    browser.find_element(By.LINK_TEXT, "平潭综合实验区").click()
    _wait(browser, "#agency canvas")
    browser.save_screenshot(str(SHOTS / "agency.png"))
    expected = db.execute("""SELECT source, "requests.new_received.total" FROM canonical_reports
                             WHERE agency = '平潭综合实验区'""").fetchall()
    table = browser.find_element(By.CSS_SELECTOR, 'table[data-query="agency_years"]')
    head = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    row = [td.text for td in table.find_elements(By.CSS_SELECTOR, "tbody tr td")]
    assert row[head.index("source")] == expected[0][0]
    assert _number(row[head.index("received")]) == expected[0][1]

    source = db.execute("""SELECT source FROM reports WHERE agency = '平潭综合实验区' AND format = 'pdf'""").fetchone()[0]
    browser.get(server + "/report?" + urllib.parse.urlencode({"source": source}))
    cell = _wait(browser, 'td[data-key="requests.new_received.total"]')
    value, where = db.execute("""SELECT value, "where" FROM cells WHERE source = ? AND key = ?""",
                              [source, "requests.new_received.total"]).fetchone()
    assert _number(cell.text) == value
    blanks = db.execute("SELECT key FROM cells WHERE source = ? AND value IS NULL", [source]).fetchall()
    for (key,) in blanks:
        assert browser.find_element(By.CSS_SELECTOR, f'td[data-key="{key}"]').text == ""
    cell.click()
    box = WebDriverWait(browser, 10).until(
        lambda b: b.find_element(By.CSS_SELECTOR, '.viewer .box[data-placed="requests.new_received.total"]'))
    browser.save_screenshot(str(SHOTS / "report.png"))
    image = browser.find_element(By.CSS_SELECTOR, ".viewer img")
    assert browser.execute_script("return arguments[0].naturalWidth", image) > 0
    # The box sits where the provenance says, in the image's pixels.
    bbox = json.loads(where)["bbox"]
    scale = browser.execute_script("return arguments[0].clientWidth / arguments[0].naturalWidth * 2", image)
    assert abs(box.rect["x"] - image.rect["x"] - bbox[0] * scale) < 2
    assert abs(box.rect["width"] - (bbox[2] - bbox[0]) * scale) < 2


def test_failed_identities_are_highlighted(server, browser, db):
    source = db.execute("SELECT source FROM reports WHERE source LIKE '%tampered%'").fetchone()[0]
    failed = {key for (key,) in db.execute("SELECT unnest(cells) FROM checks WHERE source = ? AND NOT ok",
                                           [source]).fetchall()}
    assert "requests.new_received.total" in failed
    browser.get(server + "/report?" + urllib.parse.urlencode({"source": source}))
    _wait(browser, "table.grid-table")
    browser.save_screenshot(str(SHOTS / "report-failed-check.png"))
    shown = {td.get_attribute("data-key") for td in browser.find_elements(By.CSS_SELECTOR, "td.failed")}
    assert shown == failed


def test_search_finds_agencies_by_region(server, browser):
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, 'nav input[name="q"]')
    box.send_keys("上海")
    box.submit()
    _wait(browser, 'table[data-query="agencies"]')
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, 'table[data-query="agencies"] tbody a')]
    assert names == ["上海市人民政府办公厅"]


def test_csv_download_matches_table(server, db):
    body = urllib.request.urlopen(server + "/csv/by_province").read().decode("utf-8-sig")
    lines = body.strip().splitlines()
    assert lines[0] == "province,reports,requests_received"
    rows = db.execute("""SELECT province, count(*) FROM canonical_reports GROUP BY province""").fetchall()
    assert {(line.split(",")[0], int(line.split(",")[1])) for line in lines[1:]} == set(rows)


def test_phone_width_has_no_sideways_scroll(server, browser):
    browser.set_window_size(390, 844)
    try:
        browser.get(server + "/")
        _wait(browser, "canvas")
        browser.save_screenshot(str(SHOTS / "overview-phone.png"))
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        browser.set_window_size(1280, 1000)


def test_single_file_export_opens_offline(out, browser, db, tmp_path):
    path = tmp_path / "report.html"
    held = export_html(str(out), str(path))
    html = path.read_text(encoding="utf-8")
    assert 'src="http' not in html and 'href="http' not in html
    assert held["reports"] == db.execute("SELECT count(*) FROM canonical_reports").fetchone()[0]
    browser.get(path.as_uri())
    _wait(browser, "#overview canvas")
    assert browser.find_element(By.CSS_SELECTOR, "#overview").is_displayed()
    browser.find_element(By.LINK_TEXT, "淮安市人民政府").click()
    section = browser.find_element(By.CSS_SELECTOR, "section.page:target")
    assert section.find_element(By.TAG_NAME, "h1").text == "淮安市人民政府"
    received = db.execute("""SELECT "requests.new_received.total" FROM canonical_reports
                             WHERE agency = '淮安市人民政府'""").fetchone()[0]
    table = section.find_element(By.CSS_SELECTOR, 'table[data-query="agency_years"]')
    head = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    row = [td.text for td in table.find_elements(By.CSS_SELECTOR, "tbody tr td")]
    assert _number(row[head.index("received")]) == received
    browser.save_screenshot(str(SHOTS / "export-agency.png"))
