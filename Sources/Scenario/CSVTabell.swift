import Budget
import Foundation

/// Reads a data table from `notebooks-data/` (comma-separated, decimal point, first line a header):
/// a key column, optionally `varav_av`, one column per year, optionally `summa`, and `kalla` ("file:line"
/// in the source document). Every problem names the file, the line and the column.
enum CSVTabell {
    /// Reads `url` as the published table `namn`, printed with `decimaler` decimals.
    static func las(_ url: URL, namn: String, decimaler: Int) throws(ScenarioFel) -> PubliceradTabell {
        let fil = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "filen kan inte läsas (\(error.localizedDescription))")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
        guard let header = lines.first.map(falt), header.count >= 3 else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "förväntade en rubrikrad med nyckel, år och kalla")
        }
        let arskolumner = header.enumerated().compactMap { index, name in Int(name).map { (index, $0) } }
        guard !arskolumner.isEmpty, let kallIndex = header.firstIndex(of: "kalla") else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "rubrikraden ska ha årskolumner (t.ex. 2023) och kolumnen kalla")
        }
        let delIndex = header.firstIndex(of: "varav_av")
        var rader: [PubliceradRad] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let radnummer = offset + 1
            let f = falt(line)
            guard f.count == header.count else {
                throw ScenarioFel(fil: fil, rad: radnummer, nyckel: "",
                                  problem: "förväntade \(header.count) fält, fick \(f.count)")
            }
            var belopp: [Int: Double] = [:]
            for (index, year) in arskolumner {
                guard let value = Double(f[index]), value.isFinite else {
                    throw ScenarioFel(fil: fil, rad: radnummer, nyckel: "kolumn \(year)",
                                      problem: "förväntade ett tal med decimalpunkt, fick \"\(f[index])\"")
                }
                belopp[year] = value
            }
            let del = delIndex.flatMap { f[$0].isEmpty ? nil : f[$0] }
            rader.append(PubliceradRad(nyckel: f[0], del: del, belopp: belopp, kalla: f[kallIndex]))
        }
        return PubliceradTabell(namn: namn, decimaler: decimaler, rader: rader)
    }

    /// Splits a line at commas; a field in double quotes may contain commas.
    private static func falt(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted {
                fields.append(current)
                current = ""
            } else { current.append(ch) }
        }
        fields.append(current)
        return fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
