import Befolkning
import Foundation
import Vokabular

/// Reads an SCB table as JSON-stat 2.0, the format of SCB's API and of PX-Web: a dataset with the
/// dimensions region, kön (SCB codes 1 = män, 2 = kvinnor), ålder (for births SCB's AlderModer) and tid,
/// and any other dimensions (such as ContentsCode) of a single category; values dense (an array, last
/// dimension fastest) or sparse (an object from position to value). Errors name the file and the JSON key.
enum JSONStat {
    private enum Roll: CaseIterable {
        case region, kon, alder, tid

        var namn: Set<String> {
            switch self {
            case .region: return ["region"]
            case .kon: return ["kon", "kön", "sex"]
            case .alder: return ["alder", "ålder", "age", "aldermoder"]
            case .tid: return ["tid", "ar", "år", "year", "time"]
            }
        }

        /// The dimension's name in messages.
        var ord: String {
            switch self {
            case .region: return "region"
            case .kon: return "kön"
            case .alder: return "ålder"
            case .tid: return "tid"
            }
        }
    }

    private struct Dimension {
        let id: String
        let koder: [String]
        let etiketter: [String: String]
    }

    /// A JSON syntax error at its line and character, as far as Foundation's parser tells where it is (a
    /// character offset, or a number too large to represent, found in the text).
    private static func syntaxfel(_ error: any Error, text: String, fil: String) -> ScenarioFel {
        let beskrivning = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
        var plats: Int?, problem = "ogiltig JSON"
        if let m = beskrivning.firstMatch(of: /character (\d+)/) {
            plats = Int(m.1)
        } else if let m = beskrivning.firstMatch(of: /Number (\S+) is not representable/), let r = text.range(of: String(m.1)) {
            plats = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            problem = "ett tal är för stort för att vara ett antal"
        }
        problem += "; förväntade en JSON-stat 2.0-datamängd som SCB:s API levererar"
        guard let plats else { return ScenarioFel(fil: fil, rad: nil, nyckel: "hela filen", problem: problem) }
        let fore = text.utf8.prefix(plats)
        let rad = fore.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let tecken = fore.count - (fore.lastIndex(of: 0x0A).map { fore.distance(from: fore.startIndex, to: $0) + 1 } ?? 0) + 1
        return ScenarioFel(fil: fil, rad: rad, nyckel: "tecken \(tecken)", problem: problem)
    }

    static func las(_ url: URL, tabell: Befolkningstabell) throws(ScenarioFel) -> [Befolkningspost] {
        try tolka(try Textfil.las(url, slag: "datafilen", maxStorlek: Textfil.maxSCBStorlek), fil: url.path, tabell: tabell)
    }

    /// Reads `text`, a JSON-stat 2.0 dataset from `fil` (a path or, for an answer of SCB's API, its address).
    static func tolka(_ text: String, fil: String, tabell: Befolkningstabell) throws(ScenarioFel) -> [Befolkningspost] {
        func fel(_ nyckel: String, _ problem: String) -> ScenarioFel { ScenarioFel(fil: fil, rad: nil, nyckel: nyckel, problem: problem) }
        let rot: Any
        do {
            rot = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw Self.syntaxfel(error, text: text, fil: fil)
        }
        guard let ds = rot as? [String: Any] else { throw fel("", "förväntade ett JSON-objekt (JSON-stat 2.0)") }
        guard (ds["class"] as? String) == "dataset" else { throw fel("class", "förväntade \"dataset\" (JSON-stat 2.0)") }
        guard let id = ds["id"] as? [String], let size = ds["size"] as? [Int], id.count == size.count, !id.isEmpty else {
            throw fel("id", "förväntade listorna id och size, lika långa")
        }
        guard let dimension = ds["dimension"] as? [String: Any] else { throw fel("dimension", "saknas") }
        var dimensioner: [Dimension] = []
        for (i, namn) in id.enumerated() {
            guard let d = dimension[namn] as? [String: Any], let kategori = d["category"] as? [String: Any] else {
                throw fel("dimension.\(namn).category", "saknas")
            }
            let etiketter = kategori["label"] as? [String: String] ?? [:]
            let koder: [String]
            if let lista = kategori["index"] as? [String] {
                koder = lista
            } else if let karta = kategori["index"] as? [String: Int] {
                var ordnade = [String?](repeating: nil, count: karta.count)
                // Sorted, so that a position given twice is reported the same way whatever the order in the file.
                for (kod, plats) in karta.sorted(by: { $0.key < $1.key }) {
                    guard (0..<karta.count).contains(plats) else { throw fel("dimension.\(namn).category.index.\(kod)", "ogiltig position \(plats)") }
                    if let annan = ordnade[plats] {
                        throw fel("dimension.\(namn).category.index.\(kod)",
                                  "position \(plats) har redan \(annan); två kategorier kan inte dela en position")
                    }
                    ordnade[plats] = kod
                }
                koder = ordnade.compactMap { $0 }
            } else if etiketter.count == 1 {
                koder = Array(etiketter.keys)
            } else {
                throw fel("dimension.\(namn).category.index", "förväntade kategoriernas koder")
            }
            guard koder.count == size[i], Set(koder).count == koder.count else {
                throw fel("dimension.\(namn).category.index", "har \(koder.count) koder men size säger \(size[i]), eller dubbletter")
            }
            dimensioner.append(Dimension(id: namn, koder: koder, etiketter: etiketter))
        }
        var roller: [Roll: Int] = [:]
        for (i, d) in dimensioner.enumerated() {
            if let roll = Roll.allCases.first(where: { $0.namn.contains(d.id.lowercased()) }) {
                guard roller[roll] == nil else { throw fel("id", "två dimensioner kan tolkas som \(d.id)") }
                roller[roll] = i
            } else if d.koder.count != 1 {
                throw fel("dimension.\(d.id)", "okänd dimension med \(d.koder.count) kategorier; välj en enda kategori i uttaget")
            }
        }
        for roll in Roll.allCases where roller[roll] == nil {
            throw fel("id", "dimensionen för \(roll.ord) saknas; förväntade region, kön, ålder och tid")
        }
        let antal = size.reduce(1) { $0 &* $1 }
        guard antal >= 0, antal <= 50_000_000 else { throw fel("size", "för många värden") }
        var varden = [Double?](repeating: nil, count: antal)
        /// A value is a number or null; anything else (text, a list) is an error at its key.
        func tal(_ v: Any, _ nyckel: String) throws(ScenarioFel) -> Double? {
            if v is NSNull { return nil }
            guard let n = v as? NSNumber else {
                throw fel(nyckel, "förväntade ett tal eller null, fick \(v is String ? "texten \"\(v)\"" : "ett annat värde")")
            }
            return n.doubleValue
        }
        if let lista = ds["value"] as? [Any] {
            guard lista.count == antal else { throw fel("value", "har \(lista.count) värden men size ger \(antal)") }
            for (i, v) in lista.enumerated() { varden[i] = try tal(v, "value[\(i)]") }
        } else if let karta = ds["value"] as? [String: Any] {
            for (nyckel, v) in karta {
                guard let i = Int(nyckel), (0..<antal).contains(i) else { throw fel("value.\(nyckel)", "ogiltig position") }
                varden[i] = try tal(v, "value.\(nyckel)")
            }
        } else {
            throw fel("value", "saknas")
        }
        var poster: [Befolkningspost] = []
        poster.reserveCapacity(antal)
        var index = [Int](repeating: 0, count: id.count)
        for plats in 0..<antal {
            var rest = plats
            for i in stride(from: id.count - 1, through: 0, by: -1) { index[i] = rest % size[i]; rest /= size[i] }
            func kod(_ roll: Roll) -> (String, Dimension) {
                let d = dimensioner[roller[roll]!]
                return (d.koder[index[roller[roll]!]], d)
            }
            let (region, regionDim) = kod(.region), (konKod, konDim) = kod(.kon), (alderKod, alderDim) = kod(.alder),
                (tid, tidDim) = kod(.tid)
            let nyckel = "value[\(plats)] (\(regionDim.id) \(region), \(konDim.id) \(konKod), \(alderDim.id) \(alderKod), \(tidDim.id) \(tid))"
            guard let v = varden[plats] else { throw fel(nyckel, "värdet saknas (null); tabellen måste vara komplett") }
            guard let kon = Konskod.kon(konKod) ?? konDim.etiketter[konKod].flatMap(Konskod.kon) else {
                throw fel(nyckel, "okänd könskod \"\(konKod)\"; förväntade 1 (män) eller 2 (kvinnor)")
            }
            guard let alder = tabell.alder(alderKod) else { throw fel(nyckel, "okänd ålder \"\(alderKod)\" för \(tabell.beskrivning)") }
            guard let ar = Int(tid), Artal.giltigt(ar) else { throw fel(nyckel, "förväntade ett årtal som tid, fick \"\(tid)\"") }
            guard let antal = Antal.tolka(v) else { throw fel(nyckel, "förväntade ett antal personer (ett icke-negativt heltal), fick \(v)") }
            poster.append(Befolkningspost(region: region, regionnamn: regionDim.etiketter[region] ?? region, kon: kon,
                                          alder: alder, alderskod: alderKod, ar: ar, antal: antal, rad: nil, nyckel: nyckel))
        }
        return poster
    }
}
