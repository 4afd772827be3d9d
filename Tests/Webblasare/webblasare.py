"""Prognos's HTML in a real browser: headless Chromium through selenium (run with /usr/bin/python3).

    webblasare.py PROGNOS UTMAPP

(a) Runs `prognos kor --out --rapport`, opens the report, checks that the browser logs no errors and that
each chart has as many `g.serie` and `.punkt` elements as kedja.csv has years; (b) runs `prognos jamfor
--simuleringar` on two chains and the decided budget, opens its page and checks that the result chart has a
line per scenario and, per chain with bounds in jamforelse.csv, two drawn bands with two corners per year,
and none for the budget; (c) starts `prognos serve`,
runs a what-if with migration scale 0.5 from the form and checks the result shown for one year against
`prognos kor --satt befolkning.migration.skala=0.5`, then submits `abc` and checks the Swedish message.
Screenshots go to UTMAPP. Prints the round trip of a what-if (request to rendered page). Exits non-zero on
the first failed check, saying which. (c) Loads the example ledger, checks the period report's charts, and
browses `prognos serve --db`'s /uppfoljning down to a förvaltning, whose figures must be rapport.csv's.
"""

import csv
import os
import socket
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

AR = "2025"


def webblasare():
    val = webdriver.ChromeOptions()
    val.binary_location = "/usr/bin/chromium"
    for flagga in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,1400"):
        val.add_argument(flagga)
    val.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=val)


def kontrollera(villkor, text):
    if not villkor:
        raise SystemExit("FEL: " + text)


def inga_konsolfel(driver, var):
    fel = [r for r in driver.get_log("browser") if r.get("level") == "SEVERE"]
    kontrollera(not fel, f"{var}: fel i webbläsarens konsol: {fel}")


def kedjecsv(mapp):
    """kedja.csv as {storhet: {ar: värde}} (semicolons, decimal comma, BOM)."""
    with open(os.path.join(mapp, "kedja.csv"), encoding="utf-8-sig", newline="") as f:
        tabell = {}
        for rad in csv.DictReader(f, delimiter=";"):
            tabell.setdefault(rad["storhet"], {})[rad["ar"]] = float(rad["varde"].replace(",", "."))
        return tabell


def tal(text):
    """A Swedish number as the page shows it: thin or no-break spaces between thousands, decimal comma,
    a minus sign."""
    for tecken in ("\u2009", "\u202f", "\xa0", " "):
        text = text.replace(tecken, "")
    return float(text.replace("\u2212", "-").replace(",", "."))


def kor(prognos, *argument):
    k = subprocess.run([prognos, "kor", *argument], capture_output=True, text=True)
    kontrollera(k.returncode == 0, f"prognos kor {' '.join(argument)}: {k.stderr}")


def rapporten(prognos, ut):
    mapp, sida = os.path.join(ut, "kedja"), os.path.join(ut, "rapport.html")
    kor(prognos, "--out", mapp, "--rapport", sida)
    antal_ar = len(kedjecsv(mapp)["resultat"])
    driver = webblasare()
    try:
        driver.get("file://" + os.path.abspath(sida))
        inga_konsolfel(driver, "rapporten")
        figurer = {f.find_element(By.TAG_NAME, "figcaption").text: f for f in driver.find_elements(By.CSS_SELECTOR, "figure.diagram")}
        # Chart caption → (series, points per series): one line per key figure over the plan years, the
        # pyramid's two years × two sexes over 21 age groups.
        vantat = {
            "Resultat per år (mnkr)": (1, antal_ar),
            "Folkmängd 31 december (personer)": (1, antal_ar),
            "Inhyrd personal (åa)": (2, antal_ar),
        }
        for rubrik, (serier, punkter) in vantat.items():
            kontrollera(rubrik in figurer, f"diagrammet {rubrik!r} saknas; finns: {list(figurer)}")
            g = figurer[rubrik].find_elements(By.CSS_SELECTOR, "svg g.serie")
            kontrollera(len(g) == serier, f"{rubrik}: {len(g)} serier, väntade {serier}")
            for s in g:
                n = len(s.find_elements(By.CSS_SELECTOR, ".punkt"))
                kontrollera(n == punkter, f"{rubrik}: {n} punkter i en serie, väntade {punkter}")
        pyramid = [f for r, f in figurer.items() if r.startswith("Befolkningen efter ålder och kön")]
        kontrollera(len(pyramid) == 1, "befolkningspyramiden saknas")
        serier = pyramid[0].find_elements(By.CSS_SELECTOR, "svg g.serie")
        kontrollera(len(serier) == 4 and all(len(s.find_elements(By.CSS_SELECTOR, ".punkt")) == 21 for s in serier),
                    "befolkningspyramiden: väntade 4 serier med 21 åldersgrupper var")
        driver.save_screenshot(os.path.join(ut, "rapport.png"))
    finally:
        driver.quit()
    print(f"rapporten: inga konsolfel, diagrammens serier och punkter stämmer med kedja.csv ({antal_ar} år)")


def jamforelsen(prognos, ut):
    mapp, sida = os.path.join(ut, "jamfor"), os.path.join(ut, "jamforelse.html")
    k = subprocess.run([prognos, "jamfor", "scenarios/kedja-blekinge.yaml", "scenarios/kedja-halverad-inflyttning.yaml",
                        "scenarios/regionplan-2023-2025.yaml", "--simuleringar", "100", "--seed", "1", "--out", mapp,
                        "--rapport", sida], capture_output=True, text=True)
    kontrollera(k.returncode == 0, f"prognos jamfor: {k.stderr}")
    with open(os.path.join(mapp, "jamforelse.csv"), encoding="utf-8-sig", newline="") as f:
        rader = list(csv.DictReader(f, delimiter=";"))
    scenarier = list(dict.fromkeys(r["scenario"] for r in rader))
    # Years with a lower 95 % bound per scenario: the chains' intervals; the budget has none.
    granser = {s: [r["ar"] for r in rader if r["scenario"] == s and r["storhet"] == "resultat_p2_5"] for s in scenarier}
    kontrollera(sum(1 for ar in granser.values() if ar) == 2, f"jamforelse.csv: väntade intervall för två kedjor: {granser}")
    driver = webblasare()
    try:
        driver.get("file://" + os.path.abspath(sida))
        inga_konsolfel(driver, "jämförelsen")
        figur = driver.find_element(By.XPATH, "//figure[figcaption[normalize-space()='Resultat (mnkr)']]")
        kontrollera(len(figur.find_elements(By.CSS_SELECTOR, "svg g.serie")) == len(scenarier),
                    f"jämförelsen: väntade {len(scenarier)} linjer")
        band = figur.find_elements(By.CSS_SELECTOR, "svg polygon.band")
        for scenario, ar in granser.items():
            egna = [b for b in band if b.get_attribute("data-namn").startswith(scenario + ":")]
            kontrollera(len(egna) == (2 if ar else 0), f"jämförelsen: {scenario} har {len(egna)} band")
            for b in egna:
                punkter = len(b.get_attribute("points").split())
                kontrollera(punkter == 2 * len(ar), f"{b.get_attribute('data-namn')}: {punkter} hörn, väntade {2 * len(ar)}")
                # Drawn: the browser gives the band a height on the page.
                kontrollera(driver.execute_script("return arguments[0].getBBox().height", b) > 0, f"{b.get_attribute('data-namn')} syns inte")
        beskrivning = figur.find_element(By.TAG_NAME, "desc").get_attribute("textContent")
        kontrollera("95 %-intervall" in beskrivning, f"textbeskrivningen nämner inte intervallet: {beskrivning}")
        driver.save_screenshot(os.path.join(ut, "jamforelse.png"))
    finally:
        driver.quit()
    print(f"jämförelsen: inga konsolfel, {len(band)} band för kedjornas intervall, inga för budgeten")


def ledig_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vanta_pa(port, process):
    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit(f"FEL: prognos serve avslutades: {process.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("FEL: prognos serve svarar inte")


def borta(element):
    """A wait condition: `element` has left the page. Like selenium's staleness_of, but Chrome may also answer a
    question about a node whose page is being replaced with "does not belong to the document"."""
    def villkor(_):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as fel:
            if "does not belong to the document" in str(fel):
                return True
            raise
    return villkor


def resultat_i_jamforelsen(driver, ar):
    """The what-if's result in `ar` from the comparison table (År, Bas, What-if, Skillnad)."""
    tabell = driver.find_element(By.XPATH, "//div[@class='jamforelse']//table[caption[starts-with(., 'Resultat')]]")
    rad = tabell.find_element(By.XPATH, f".//tr[th[normalize-space()='{ar}']]")
    return tal(rad.find_elements(By.TAG_NAME, "td")[1].text)


def skicka(driver, varde):
    """Submits `varde` as the migration scale; returns the round trip in seconds as the browser measured it
    (Navigation Timing: from the request to the page loaded, rendered and its load event done)."""
    falt = driver.find_element(By.NAME, "befolkning.migration.skala")
    falt.clear()
    falt.send_keys(varde)
    driver.find_element(By.CSS_SELECTOR, "form.whatif button[type=submit]").click()
    WebDriverWait(driver, 60, poll_frequency=0.02).until(borta(falt))
    WebDriverWait(driver, 60, poll_frequency=0.02).until(
        lambda d: d.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0"))
    return driver.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime") / 1000


def servern(prognos, ut):
    mapp = os.path.join(ut, "halverad")
    kor(prognos, "--satt", "befolkning.migration.skala=0.5", "--out", mapp)
    vantat = round(kedjecsv(mapp)["resultat"][AR], 1)
    port = ledig_port()
    server = subprocess.Popen([prognos, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    driver = webblasare()
    try:
        vanta_pa(port, server)
        driver.get(f"http://127.0.0.1:{port}/")
        kontrollera(driver.find_elements(By.CSS_SELECTOR, "form.whatif"), "formuläret saknas på /")
        inga_konsolfel(driver, "/")
        driver.save_screenshot(os.path.join(ut, "serve-start.png"))

        tider = [skicka(driver, "0.5")]
        visat = resultat_i_jamforelsen(driver, AR)
        kontrollera(abs(visat - vantat) < 0.051, f"what-if {AR}: sidan visar {visat}, prognos kor gav {vantat}")
        inga_konsolfel(driver, "what-if")
        driver.save_screenshot(os.path.join(ut, "serve-whatif.png"))
        for _ in range(4):
            tider.append(skicka(driver, "0.5"))
        print(f"what-if: resultatet {AR} {visat} mnkr som prognos kor; tur och retur (begäran till färdig sida) "
              f"median {sorted(tider)[len(tider) // 2] * 1000:.0f} ms av {len(tider)}")

        skicka(driver, "abc")
        fel = driver.find_elements(By.CSS_SELECTOR, "span.fel")
        kontrollera(fel and "förväntade en faktor" in fel[0].text, f"felmeddelandet vid fältet saknas: {[f.text for f in fel]}")
        kontrollera("fel i scenariot" in driver.find_element(By.CSS_SELECTOR, ".felruta").text, "felrutan ovanför formuläret saknas")
        driver.save_screenshot(os.path.join(ut, "serve-fel.png"))
        print("felaktigt värde: meddelandet på svenska vid fältet")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)


EXEMPEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "notebooks-data", "uppfoljning-exempel")


def uppfoljning(prognos, *argument):
    k = subprocess.run([prognos, "uppfoljning", *argument], capture_output=True, text=True)
    kontrollera(k.returncode == 0, f"prognos uppfoljning {' '.join(argument)}: {k.stderr}")


def rapportrad(mapp, niva, namn):
    """The line of rapport.csv for `niva` and `namn`."""
    with open(os.path.join(mapp, "rapport.csv"), encoding="utf-8-sig", newline="") as f:
        rader = [r for r in csv.DictReader(f, delimiter=";") if r["niva"] == niva and r["namn"] == namn]
    kontrollera(len(rader) == 1, f"rapport.csv: {len(rader)} rader för {niva} {namn}")
    return rader[0]


def liggaren(prognos, ut):
    """The example ledger with profile prognoses after April and August: the period report's page has its
    charts filled, and `prognos serve --db` lets the user go down the levels to a förvaltning whose figures
    are those of rapport.csv."""
    db = os.path.join(ut, "liggare.sqlite")
    for slag in ("utfall", "budget", "organisation"):
        uppfoljning(prognos, "import", f"--{slag}", os.path.join(EXEMPEL, f"{slag}.csv"), "--db", db)
    for period in ("2018-04", "2018-08"):
        uppfoljning(prognos, "prognos", "--metod", "profil", "--period", period, "--spara", "--tyst", "--db", db)
    mapp, sida = os.path.join(ut, "period"), os.path.join(ut, "period.html")
    uppfoljning(prognos, "rapport", "--period", "2018-08", "--db", db, "--out", mapp, "--rapport", sida)
    driver = webblasare()
    port = ledig_port()
    server = subprocess.Popen([prognos, "serve", "--port", str(port), "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        driver.get("file://" + sida)
        inga_konsolfel(driver, "periodrapporten")
        figurer = {f.find_element(By.TAG_NAME, "figcaption").text: f for f in driver.find_elements(By.CSS_SELECTOR, "figure.diagram")}
        # Caption → (series, points per series): budget and outcome to date over twelve months (the outcome's
        # eight drawn, the rest missing), budget and the profile's prognoses after April and August.
        for rubrik, serier, punkter in (("Totalt: utfall och budget ackumulerat t.o.m. månaden (mnkr)", 2, [12, 8]),
                                        ("Totalt: helårsprognos efter månad (mnkr)", 2, [12, 2])):
            kontrollera(rubrik in figurer, f"diagrammet {rubrik!r} saknas; finns: {list(figurer)}")
            g = figurer[rubrik].find_elements(By.CSS_SELECTOR, "svg g.serie")
            antal = [len(s.find_elements(By.CSS_SELECTOR, ".punkt")) for s in g]
            kontrollera(len(g) == serier and antal == punkter, f"{rubrik}: punkter per serie {antal}, väntade {punkter}")
        driver.save_screenshot(os.path.join(ut, "period.png"))

        vanta_pa(port, server)
        driver.get(f"http://127.0.0.1:{port}/uppfoljning")
        inga_konsolfel(driver, "/uppfoljning")
        kontrollera("2018-12" in driver.find_element(By.NAME, "period").get_attribute("value"),
                    "månaden är inte den senaste med utfall")
        Select(driver.find_element(By.NAME, "period")).select_by_value("2018-08")
        # Each click loads a new page; waiting for the old one to go keeps the next lookup off it (a link
        # found on the page being replaced is stale by the time it is clicked).
        sida = driver.find_element(By.TAG_NAME, "html")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        for namn in ("Landstingsstyrelsen", "Landstingsservice"):
            WebDriverWait(driver, 30).until(borta(sida))
            sida = driver.find_element(By.TAG_NAME, "html")
            WebDriverWait(driver, 30).until(EC.element_to_be_clickable((By.LINK_TEXT, namn))).click()
        WebDriverWait(driver, 30).until(borta(sida))
        WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, "nav.vag strong")))
        kontrollera(driver.find_element(By.CSS_SELECTOR, "nav.vag").text == "Totalt › Landstingsstyrelsen › Landstingsservice",
                    f"vägen ner: {driver.find_element(By.CSS_SELECTOR, 'nav.vag').text}")
        celler = driver.find_element(By.XPATH, "//table[@class='data']//tr[td[normalize-space()='förvaltning']]").find_elements(By.TAG_NAME, "td")
        csvrad = rapportrad(mapp, "forvaltning", "Landstingsservice")
        for i, kolumn in ((1, "utfall_ack"), (2, "budget_ack"), (3, "avvikelse_ack"), (5, "prognos")):
            vantat = round(float(csvrad[kolumn]) / 1e6, 1)
            kontrollera(abs(tal(celler[i].text) - vantat) < 0.051, f"Landstingsservice {kolumn}: sidan visar {celler[i].text}, rapport.csv {vantat}")
        inga_konsolfel(driver, "Landstingsservice")
        driver.save_screenshot(os.path.join(ut, "serve-uppfoljning.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    print("periodrapporten: diagrammen har sina punkter; webbsidan går ner till Landstingsservice med rapport.csv:s belopp")


def main():
    if len(sys.argv) != 3:
        raise SystemExit("användning: webblasare.py PROGNOS UTMAPP")
    prognos, ut = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(ut, exist_ok=True)
    rapporten(prognos, ut)
    jamforelsen(prognos, ut)
    servern(prognos, ut)
    liggaren(prognos, ut)
    print(f"skärmbilder i {ut}")


if __name__ == "__main__":
    main()
