import Vokabular

/// A CSV file's header as read: its format (delimiter) and field names. Both readers, the whole file
/// (`CSVRader`) and the streaming one (`CSVStrom`), have one.
package protocol CSVHuvud {
    var format: CSVRader.Format { get }
    var rubrik: [String] { get }
}

extension CSVRader: CSVHuvud {}

/// The checks every CSV reader makes before it reads a line's fields: the header it expects, and the same
/// number of fields on every line.
extension CSVHuvud {
    /// Throws at line 1 unless the header is `kolumner`; with `skiftlage` false, letter case is ignored.
    package func kravRubrik(_ kolumner: [String], fil: String, skiftlage: Bool = false) throws(ScenarioFel) {
        guard (skiftlage ? rubrik : rubrik.map { $0.lowercased() }) == kolumner else {
            let avgransare = String(format.avgransare)
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "förväntade rubrikraden \(kolumner.joined(separator: avgransare)), "
                              + "fick \(rubrik.joined(separator: avgransare))")
        }
    }

    /// Throws at `rad` unless it has as many fields as the header. In a comma-separated file with too many
    /// fields the message adds that a decimal comma splits `delat` (e.g. "talet") in two, when given.
    package func kravFaltantal(_ rad: CSVRader.Rad, fil: String, delat: String? = nil) throws(ScenarioFel) {
        guard rad.falt.count != rubrik.count else { return }
        var problem = "förväntade \(rubrik.count) fält (\(format.beskrivning)), fick \(rad.falt.count)"
        if let delat, format == .komma, rad.falt.count > rubrik.count {
            problem += "; ett decimalkomma i en kommaseparerad fil delar \(delat) i två fält"
        }
        throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "", problem: problem)
    }

}

extension CSVRader {
    /// A month as exports write it: `YYYY-MM`, `YYYYMM`, or a day of it, `YYYY-MM-DD`; nil for anything else.
    package static func exportperiod(_ text: String) -> Period? {
        let b = Array(text.utf8)
        func siffror(_ r: Range<Int>) -> Bool { b[r].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        switch b.count {
        case 6 where siffror(0..<6): return Period(text: String(text.prefix(4)) + "-" + String(text.suffix(2)))
        case 10 where b[7] == UInt8(ascii: "-") && siffror(8..<10):
            guard let period = Period(text: String(text.prefix(7))), let dag = Int(text.suffix(2)) else { return nil }
            let februari = period.ar % 4 == 0 && (period.ar % 100 != 0 || period.ar % 400 == 0) ? 29 : 28
            let dagar = [31, februari, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][period.manad - 1]
            return (1...dagar).contains(dag) ? period : nil
        default: return Period(text: text)
        }
    }

    /// The message for a field that is no `YYYY-MM` month.
    package static func periodproblem(_ text: String) -> String {
        var problem = "förväntade en period ÅÅÅÅ-MM (eller ÅÅÅÅMM, ÅÅÅÅ-MM-DD), t.ex. 2018-08, fick \"\(text)\""
        let delar = text.split(separator: "-", omittingEmptySubsequences: false)
        if delar.count == 2, let ar = Int(delar[0]), let manad = Int(delar[1]) {
            if !(1...12).contains(manad) {
                problem += "; månaden ska vara 01–12"
            } else if !Artal.giltiga.contains(ar) {
                problem += "; året ska vara \(Artal.giltiga.lowerBound)–\(Artal.giltiga.upperBound)"
            } else {
                problem += "; skriv månaden med två siffror"
            }
        }
        return problem
    }
}
