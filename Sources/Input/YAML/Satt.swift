import Foundation

/// One `--satt nyckel=värde` from the command line: a dotted key path
/// (`antaganden.indexering.personalkostnader.2024`) and a YAML flow value (`4.3`, `{2024: 4.3}`,
/// `[2023, 2024]`), checked by `Yamlkontroll` like a file's text.
package struct Satt {
    let nycklar: [String]
    let varde: Yamlnod

    private static let exempel = "nyckel=värde, t.ex. antaganden.indexering.personalkostnader.2024=4.3"

    /// The key path and the value's text of `nyckel=värde`, split at the first `=` and the key at every dot;
    /// nil without `=`. Nothing is checked: `init` refuses what does not make a value.
    package static func delar(_ uttryck: String) -> (nycklar: [String], text: String)? {
        guard let lika = uttryck.firstIndex(of: "=") else { return nil }
        return (uttryck[..<lika].split(separator: ".", omittingEmptySubsequences: false).map(String.init),
                String(uttryck[uttryck.index(after: lika)...]))
    }

    init(_ uttryck: String) throws(ScenarioFel) {
        let kalla = Yamlnod.Ursprung.kommandoraden.namn
        guard let (nycklar, text) = Self.delar(uttryck) else {
            throw ScenarioFel(fil: kalla, rad: nil, nyckel: "", problem: "förväntade \(Self.exempel), fick \"\(uttryck)\"")
        }
        let sokvag = nycklar.joined(separator: ".")
        self.nycklar = nycklar
        guard !nycklar.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ScenarioFel(fil: kalla, rad: nil, nyckel: sokvag,
                              problem: "förväntade \(Self.exempel); nyckeln är tom eller har en tom del mellan punkterna")
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScenarioFel(fil: kalla, rad: nil, nyckel: sokvag, problem: "förväntade ett värde efter =, t.ex. \(sokvag)=4.3")
        }
        do {
            varde = try Yamlnod.las(text, ursprung: .kommandoraden)
        } catch {
            throw ScenarioFel(fil: kalla, rad: nil, nyckel: sokvag, problem: error.problem)
        }
    }

    /// `nod` with the value laid over the one at the key path (as a file's override is); missing keys are
    /// added, and a key below a value that is not a mapping is an error.
    func lagd(over nod: Yamlnod) throws(ScenarioFel) -> Yamlnod {
        try lagd(over: nod, fran: 0)
    }

    private func lagd(over nod: Yamlnod, fran i: Int) throws(ScenarioFel) -> Yamlnod {
        guard i < nycklar.count else { return varde.lagd(over: nod) }
        guard let poster = nod.poster else {
            let over = YamlVarde(nod, sokvag: nycklar[..<i].joined(separator: "."))
            throw ScenarioFel(fil: Yamlnod.Ursprung.kommandoraden.namn, rad: nil, nyckel: nycklar.joined(separator: "."),
                              problem: "\(over.sokvag) är \(over.beskrivning), inte en tabell; "
                                  + "sätt \(over.sokvag)=värde i stället")
        }
        let barn = poster.first { $0.nyckel == nycklar[i] }?.varde ?? Yamlnod(.tabell([]), ursprung: .kommandoraden, rad: nil)
        return nod.med(nycklar[i], try lagd(over: barn, fran: i + 1))
    }
}
