import Foundation

extension Fuzzmal {
    /// The population run on SCB data as JSON-stat 2.0, the format of SCB's API: the same cut as the
    /// population target (2008–2015, Blekinge and Riket) written as SCB delivers it (dimensions Region, Kon
    /// with codes 1 and 2, Alder, ContentsCode of one category, Tid; values dense, last dimension fastest).
    /// A case does what `prognos befolkning` does on such a folder.
    static func jsonstat() throws -> Fuzzmal {
        var filer = try befolkningsfiler().filter { !$0.sokvag.hasPrefix("data/") }
        for tabell in ["folkmangd", "fodda", "doda"] {
            filer.append(Fuzzfil(sokvag: "data/\(tabell).json", data: Array(try jsonstat(tabell))))
        }
        return Fuzzmal(namn: "JSON-stat", filer: filer, kor: { mapp in
            klassa { try korSomBefolkning(mapp.appendingPathComponent("scenarios/befolkning.yaml")) }
        })
    }

    /// One table of the shipped CSV, 2008–2015, as a JSON-stat 2.0 dataset.
    private static func jsonstat(_ tabell: String) throws -> Data {
        let text = try String(contentsOf: Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015/\(tabell).csv"),
                              encoding: .utf8)
        var varden: [String: Double] = [:], alder: [String] = []
        for rad in text.split(separator: "\n").dropFirst() {
            let f = rad.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5, let ar = Int(f[3]), ar >= 2008 else { continue }
            let region = String(f[0].prefix(2)), kon = f[1] == "män" ? "1" : "2"
            if !alder.contains(f[2]) { alder.append(f[2]) }
            varden["\(region)|\(kon)|\(f[2])|\(ar)"] = Double(f[4])
        }
        let regioner = ["00", "10"], koner = ["1", "2"], ar = (2008...2015).map(String.init)
        var lista: [Any] = []
        for r in regioner {
            for k in koner {
                for a in alder {
                    for t in ar { lista.append(varden["\(r)|\(k)|\(a)|\(t)"].map { $0 as Any } ?? NSNull()) }
                }
            }
        }
        func dimension(_ koder: [String], _ etiketter: [String: String] = [:]) -> [String: Any] {
            ["category": ["index": koder, "label": etiketter.isEmpty ? Dictionary(uniqueKeysWithValues: koder.map { ($0, $0) }) : etiketter]]
        }
        let ds: [String: Any] = [
            "class": "dataset", "version": "2.0",
            "id": ["Region", "Kon", "Alder", "ContentsCode", "Tid"],
            "size": [regioner.count, koner.count, alder.count, 1, ar.count],
            "dimension": [
                "Region": dimension(regioner, ["00": "Riket", "10": "Blekinge län"]),
                "Kon": dimension(koner, ["1": "män", "2": "kvinnor"]),
                "Alder": dimension(alder),
                "ContentsCode": dimension([tabell]),
                "Tid": dimension(ar),
            ],
            "value": lista,
        ]
        return try JSONSerialization.data(withJSONObject: ds, options: [.sortedKeys])
    }
}
