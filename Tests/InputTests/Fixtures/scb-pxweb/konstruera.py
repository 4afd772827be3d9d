#!/usr/bin/env python3
"""Konstruerar SCB-svaren i den här mappen ur SCB:s siffror i ../shared/data/scb-befolkning-1968-2015.

Svaren har den form som SCB:s PX-Web-API (v1) ger: tabellens metadata för GET och JSON-stat 2.0
("response": {"format": "json-stat2"}) för POST. Körs från projektets rot:

    python3 Tests/InputTests/Fixtures/scb-pxweb/konstruera.py
"""
import csv
import json
import os

HAR = os.path.dirname(os.path.abspath(__file__))
ROT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HAR))))
KALLA = os.path.join(os.path.dirname(ROT), "shared", "data", "scb-befolkning-1968-2015")

AR = [str(a) for a in range(2008, 2016)]
REGIONER = [("00", "Riket"), ("01", "Stockholms län"), ("10", "Blekinge län")]
KON = [("1", "män"), ("2", "kvinnor")]
ALDER = [str(a) for a in range(100)] + ["100+"]
ALDER_MODER = ["-14"] + [str(a) for a in range(15, 49)] + ["49+", "us"]

TABELLER = {
    "folkmangd": dict(titel="Folkmängden efter region, civilstånd, ålder och kön. År 2008 - 2015",
                      alder="Alder", aldertext="ålder", koder=ALDER, innehall=("BE0101N1", "Folkmängd"),
                      fler_innehall=[("BE0101N2", "Folkökning")],
                      civilstand=True, csvalder=lambda k: k),
    "fodda": dict(titel="Levande födda efter region, moderns ålder och barnets kön. År 2008 - 2015",
                  alder="AlderModer", aldertext="moderns ålder", koder=ALDER_MODER, innehall=("BE0101E2", "Levande födda"),
                  fler_innehall=[], civilstand=False,
                  csvalder=lambda k: "uppgift saknas" if k == "us" else k),
    "doda": dict(titel="Döda efter region, ålder (uppnådd under året) och kön. År 2008 - 2015",
                 alder="Alder", aldertext="ålder", koder=ALDER, innehall=("BE0101D8", "Döda"),
                 fler_innehall=[], civilstand=False, csvalder=lambda k: k),
}


def aldertext(kod):
    return "uppgift saknas" if kod == "us" else f"{kod} år"


def metadata(t):
    v = [dict(code="Region", text="region", values=[k for k, _ in REGIONER], valueTexts=[n for _, n in REGIONER],
              elimination=True)]
    if t["civilstand"]:
        v.append(dict(code="Civilstand", text="civilstånd", values=["OG", "G", "ÄNKL", "SK"],
                      valueTexts=["ogifta", "gifta", "änkor/änklingar", "skilda"], elimination=True))
    v.append(dict(code=t["alder"], text=t["aldertext"], values=t["koder"] + ["tot"],
                  valueTexts=[aldertext(k) for k in t["koder"]] + ["totalt ålder"], elimination=True))
    v.append(dict(code="Kon", text="kön", values=[k for k, _ in KON], valueTexts=[n for _, n in KON], elimination=True))
    innehall = [t["innehall"]] + t["fler_innehall"]
    v.append(dict(code="ContentsCode", text="tabellinnehåll", values=[k for k, _ in innehall],
                  valueTexts=[n for _, n in innehall]))
    v.append(dict(code="Tid", text="år", values=AR, valueTexts=AR, time=True))
    return dict(title=t["titel"], variables=v)


def las(namn):
    """antal[(regionkod, könskod, ålderskod som CSV skriver den, år)] ur källans CSV."""
    tal = {}
    with open(os.path.join(KALLA, namn + ".csv"), encoding="utf-8") as f:
        for rad in csv.DictReader(f):
            kod = rad["region"].split(" ", 1)[0]
            kon = "1" if rad["kon"] == "män" else "2"
            tal[(kod, kon, rad["alder"], rad["ar"])] = int(rad["antal"])
    return tal


def jsonstat(namn, t, tal, regioner, ar):
    kod, text = t["innehall"]
    dims = [("Region", "region", [(k, n) for k, n in REGIONER if k in regioner]),
            (t["alder"], t["aldertext"], [(k, aldertext(k)) for k in t["koder"]]),
            ("Kon", "kön", KON),
            ("ContentsCode", "tabellinnehåll", [(kod, text)]),
            ("Tid", "år", [(a, a) for a in ar])]
    varden = []
    for r, _ in dims[0][2]:
        for a, _ in dims[1][2]:
            for k, _ in dims[2][2]:
                for y, _ in dims[4][2]:
                    varden.append(tal[(r, k, t["csvalder"](a), y)])
    dimension = {}
    for did, dlabel, kat in dims:
        d = {"label": dlabel, "category": {"index": {k: i for i, (k, _) in enumerate(kat)},
                                           "label": {k: n for k, n in kat}}}
        if did == "ContentsCode":
            d["category"]["unit"] = {kod: {"base": "antal", "decimals": 0}}
        d["extension"] = {"elimination": did != "ContentsCode" and did != "Tid", "show": "value"}
        dimension[did] = d
    return {
        "class": "dataset", "label": t["titel"].split(". År")[0] + " efter tabellinnehåll och år",
        "source": "SCB", "updated": "2016-02-22T08:30:00Z",
        "id": [d[0] for d in dims], "size": [len(d[2]) for d in dims], "dimension": dimension,
        "value": varden, "role": {"time": ["Tid"], "metric": ["ContentsCode"]}, "version": "2.0",
        "extension": {"px": {"infofile": "BE0101", "decimals": 0}},
    }


def skriv(fil, objekt):
    text = json.dumps(objekt, ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(HAR, fil), "w", encoding="utf-8") as f:
        f.write(text)
    return text


def main():
    regioner = ["00", "10"]
    for namn, t in TABELLER.items():
        skriv(f"metadata-{namn}.json", metadata(t))
        tal = las(namn)
        if namn == "fodda":
            skriv("fodda-2008-2015.json", jsonstat(namn, t, tal, regioner, AR))
            continue
        # Två anrop var: testet ger en gräns på 2 000 värden per anrop (2 regioner × 101 åldrar × 2 kön × 4 år = 1 616).
        skriv(f"{namn}-2008-2011.json", jsonstat(namn, t, tal, regioner, AR[:4]))
        text = skriv(f"{namn}-2012-2015.json", jsonstat(namn, t, tal, regioner, AR[4:]))
        if namn == "folkmangd":
            with open(os.path.join(HAR, "folkmangd-2012-2015-avbruten.json"), "w", encoding="utf-8") as f:
                f.write(text[: len(text) * 3 // 5])
        else:
            skriv("doda-2012-2015-utan-2015.json", jsonstat(namn, t, tal, regioner, AR[4:-1]))

main()
