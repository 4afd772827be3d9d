import Application
import Input
import Report

/// The what-if form's fields for a chain, each named by the `--satt` key it sets: the migration scale and
/// the plan period's last year; personnel and operating cost indexation per year of the decided budget;
/// turnover and recruitment capacity per personnel group. Only these keys are accepted, so a request can
/// change assumptions but never name a file to read.
///
/// The tax base is offered as growth per year (`skatteunderlag_okning`, as SKR publishes it) from the plan
/// period's second year, and indexation for every plan year, the extension's too: the chain lays its plan
/// period into the budget before it reads the `--satt` values.
struct Whatiffalt {
    /// The tables of fields: a heading, the columns, and per row its label and each column's key (nil: no field).
    let tabeller: [(rubrik: String, kolumner: [String], rader: [(etikett: String, nycklar: [String?])])]

    /// The fields of the chain whose base run is `bas`.
    init(_ bas: Kedjeresultat) {
        let grupper = bas.personal.grupper
        tabeller = [
            ("Befolkning och planperiod", ["Värde"], [
                ("Flyttnettots skala (1 = skattat medel)", ["befolkning.migration.skala"]),
                ("Planperiodens sista år", ["planperiod_till"]),
            ]),
            ("Uppräkning och skatteunderlag per år, procent", ["Personalkostnader", "Driftskostnader", "Skatteunderlagets ökning"],
             bas.ar.enumerated().map { i, year in
                 (String(year), ["personalkostnader", "driftskostnader"].map { "budget.antaganden.indexering.\($0).\(year)" }
                     + [i == 0 ? nil : "budget.antaganden.skatteunderlag_okning.\(year)"])
             }),
            ("Personal per yrkesgrupp", ["Personalomsättning, procent per år", "Rekryteringskapacitet, anställningar per år"],
             grupper.map { grupp in (grupp, ["personalomsattning", "rekryteringskapacitet"].map { "personal.grupper.\(grupp).\($0)" }) }),
        ]
    }

    /// Every key the form has.
    var nycklar: Set<String> { Set(tabeller.flatMap { $0.rader.flatMap { $0.nycklar.compactMap { $0 } } }) }

    /// The tables for `Whatifformular`, with the values typed and the refused field's problem beside it.
    func formular(varden: [String: String], fel: (nyckel: String, problem: String)?) -> [Whatifformular.Tabell] {
        tabeller.map { t in
            Whatifformular.Tabell(rubrik: t.rubrik, kolumner: t.kolumner, rader: t.rader.map { rad in
                (rad.etikett, rad.nycklar.map { nyckel in
                    nyckel.map { Whatifformular.Falt(nyckel: $0, varde: varden[$0] ?? "", fel: fel?.nyckel == $0 ? fel?.problem : nil) }
                })
            })
        }
    }

    /// The field a located error belongs to, among the keys the user filled: the key itself, or the one
    /// sharing the longest leading part of the key path (a reader may name the table, e.g.
    /// `budget.antaganden.skatteunderlag_okning`, or a sibling key that the value made necessary).
    static func falt(for nyckel: String, bland ifyllda: [String]) -> String? {
        let delar = nyckel.split(separator: ".")
        let gemensamma = { (k: String) in zip(k.split(separator: "."), delar).prefix { $0 == $1 }.count }
        return ifyllda.map { ($0, gemensamma($0)) }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
    }
}
