import ArgumentParser
import Foundation

/// `prognos-bench resultat RESULTS.md DEL…`: the parts `make bench` printed (each saved in a file) become
/// the latest run in bench/RESULTS.md, dated, so the results file is written by the benchmark, never by hand.
struct ResultatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resultat",
        abstract: "Skriv en mätnings utskrifter som senaste körning i bench/RESULTS.md."
    )

    @Argument(help: "Resultatfilen, bench/RESULTS.md.")
    var fil: String

    @Argument(help: "Filer med det som mätningarna skrev ut, i ordning.")
    var delar: [String]

    func run() throws {
        var texter: [String] = []
        for del in delar {
            do { texter.append(try String(contentsOfFile: del, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
                throw BenchFel("kan inte läsa \(del)")
            }
        }
        try Resultatfil(sokvag: fil).skrivSenaste(texter.joined(separator: "\n\n"))
        print("Senaste körningen skriven till \(fil)")
    }
}
